using System.Globalization;
using System.Text.Json;
using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Server;

/// <summary>
/// The API's event JSON: the summary has the shape of <c>sitrep events --json</c> (ARCHITECTURE.md); the detail adds
/// every field's provenance (supporting and disagreeing mentions), the mentions with their evidence, the clusterer's
/// decisions and the revisions.
/// </summary>
internal static class EventJson
{
    public static void WriteSummary(Utf8JsonWriter w, FusedEvent e)
    {
        w.WriteStartObject();
        WriteSummaryProperties(w, e);
        w.WriteEndObject();
    }

    public static void WriteDetail(Utf8JsonWriter w, StoredEvent stored)
    {
        var e = stored.Event;
        w.WriteStartObject();
        WriteSummaryProperties(w, e);
        w.WriteString("requested_id", stored.RequestedId);
        w.WriteStartObject("fields");
        Field(w, "type", e.Type, (x, v) => x.WriteStringValue(PloverTypeNames.NameOf(v)));
        Field(w, "mode", e.Mode, (x, v) => x.WriteStringValue(v));
        Field(w, "modality", e.Modality, (x, v) => x.WriteStringValue(PloverTypeNames.NameOf(v)));
        Field(w, "date", e.Date, DateValue);
        Field(w, "place", e.Place, PlaceValue);
        Field(w, "fatalities", e.Fatalities.Fused, CountValue);
        Field(w, "injuries", e.Injuries.Fused, CountValue);
        Field(w, "arrests", e.Arrests.Fused, CountValue);
        w.WriteEndObject();
        Reported(w, "fatalities_reported", e.Fatalities);
        Reported(w, "injuries_reported", e.Injuries);
        Reported(w, "arrests_reported", e.Arrests);
        w.WriteStartArray("mentions");
        foreach (var m in stored.Mentions)
        {
            WriteMention(w, m);
        }

        w.WriteEndArray();
        w.WriteStartArray("decisions");
        foreach (var d in stored.Decisions)
        {
            w.WriteStartObject();
            w.WriteString("mention", d.MentionId);
            w.WriteBoolean("created", d.Created);
            w.WriteNumber("score", Math.Round(d.Score, 3));
            w.WriteNumber("candidates", d.Candidates);
            w.WriteString("reason", d.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("revisions");
        foreach (var r in stored.Revisions)
        {
            w.WriteStartObject();
            w.WriteString("at", r.At);
            w.WriteString("article_id", r.ArticleId);
            w.WriteString("field", r.Field);
            w.WriteString("old_value", r.OldValue);
            w.WriteString("new_value", r.NewValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteMention(Utf8JsonWriter w, MentionRecord m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("article_id", m.ArticleId);
        w.WriteNumber("ordinal", m.Ordinal);
        w.WriteString("outlet", m.Outlet);
        w.WriteString("published", m.Published is { } p ? Day(p) : null);
        w.WriteString("syndicated_from", m.SyndicatedFrom);
        w.WriteString("type", PloverTypeNames.NameOf(m.Type));
        w.WriteString("mode", m.Mode);
        w.WriteString("kind", PloverTypeNames.NameOf(m.Kind));
        w.WriteString("modality", PloverTypeNames.NameOf(m.Modality));
        w.WritePropertyName("date");
        DateValue(w, m.Date);
        w.WriteString("month_day", m.MonthDay?.ToString());
        w.WritePropertyName("place");
        PlaceValue(w, m.Place);
        Names(w, "actors", m.Actors);
        Names(w, "recipients", m.Recipients);
        w.WritePropertyName("fatalities");
        CountValue(w, m.Fatalities);
        w.WriteString("trigger", m.Trigger);
        w.WriteString("evidence", m.Evidence);
        w.WriteStartArray("evidence_spans");
        foreach (var span in m.EvidenceSpans)
        {
            w.WriteStartObject();
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSummaryProperties(Utf8JsonWriter w, FusedEvent e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("type", PloverTypeNames.NameOf(e.Type.Value));
        w.WriteString("mode", e.Mode.Value);
        w.WriteString("kind", PloverTypeNames.NameOf(e.Kind));
        w.WriteString("modality", PloverTypeNames.NameOf(e.Modality.Value));
        w.WritePropertyName("date");
        DateValue(w, e.Date.Value);
        w.WritePropertyName("place");
        PlaceValue(w, e.Place.Value);
        Actors(w, "actors", e.Actors);
        Actors(w, "recipients", e.Recipients);
        w.WritePropertyName("fatalities");
        CountValue(w, e.Fatalities.Fused.Value);
        w.WriteStartArray("sources");
        foreach (var s in e.Sources)
        {
            w.WriteStartObject();
            w.WriteString("article_id", s.ArticleId);
            w.WriteString("outlet", s.Outlet);
            w.WriteString("published", s.Published is { } p ? Day(p) : null);
            w.WriteString("syndicated_from", s.SyndicatedFrom);
            w.WriteBoolean("syndicated", s.IsSyndicated);
            w.WriteStartArray("mentions");
            foreach (var id in s.MentionIds)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("independent_sources", e.IndependentSources);
        w.WriteBoolean("disputed", e.Type.IsDisputed || e.Mode.IsDisputed || e.Modality.IsDisputed || e.Date.IsDisputed
            || e.Place.IsDisputed || e.Fatalities.Fused.IsDisputed || e.Injuries.Fused.IsDisputed || e.Arrests.Fused.IsDisputed);
    }

    private static void Field<T>(Utf8JsonWriter w, string name, FusedValue<T> field, Action<Utf8JsonWriter, T> value)
    {
        w.WriteStartObject(name);
        w.WritePropertyName("value");
        value(w, field.Value);
        Ids(w, "support", field.Support);
        w.WriteStartArray("disagreements");
        foreach (var d in field.Disagreements)
        {
            w.WriteStartObject();
            w.WriteString("mention", d.MentionId);
            w.WritePropertyName("value");
            value(w, d.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Reported(Utf8JsonWriter w, string name, FusedCount count)
    {
        w.WritePropertyName(name);
        CountValue(w, count.Reported);
    }

    private static void Actors(Utf8JsonWriter w, string name, IReadOnlyList<FusedActor> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("name", a.Actor.Name);
            w.WriteString("country", a.Actor.Country);
            w.WriteString("sector", a.Actor.Sector.ToString().ToLowerInvariant());
            Ids(w, "support", a.Support);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Names(Utf8JsonWriter w, string name, IReadOnlyList<ActorRef> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors)
        {
            w.WriteStringValue(a.Name);
        }

        w.WriteEndArray();
    }

    private static void Ids(Utf8JsonWriter w, string name, IReadOnlyList<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }

    private static void DateValue(Utf8JsonWriter w, DateInterval? date)
    {
        if (date is not { } d)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("from", Day(d.From));
        w.WriteString("to", Day(d.To));
        w.WriteString("precision", d.Precision.ToJsonName());
        w.WriteEndObject();
    }

    private static void PlaceValue(Utf8JsonWriter w, Place? place)
    {
        if (place is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("name", place.Name);
        w.WriteString("country", place.Country);
        w.WriteString("admin1", place.Admin1);
        w.WriteString("admin2", place.Admin2);
        w.WriteNumber("lat", place.Latitude);
        w.WriteNumber("lon", place.Longitude);
        w.WriteNumber("precision", place.Precision);
        w.WriteEndObject();
    }

    private static void CountValue(Utf8JsonWriter w, CountRange? count)
    {
        if (count is not { } c)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteNumber("min", c.Min);
        w.WriteNumber("max", c.Max);
        w.WriteEndObject();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
