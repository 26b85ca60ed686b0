using System.Globalization;
using System.Text.Json;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Clustering;

/// <summary>
/// ARCHITECTURE.md's event JSON: <see cref="WriteSummary"/> is one entry of <c>sitrep events --json</c>;
/// <see cref="WriteDetail"/> adds every field's provenance, the mentions with their evidence, the clusterer's
/// decisions and the revisions (<c>sitrep event ID --json</c>, <c>GET /api/events/{id}</c>).
/// </summary>
public static class EventJsonWriter
{
    /// <summary>Writes the event as one JSON object.</summary>
    public static void WriteSummary(Utf8JsonWriter writer, FusedEvent e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        writer.WriteStartObject();
        WriteSummaryProperties(writer, e);
        writer.WriteEndObject();
    }

    /// <summary>Writes the event with its provenance, mentions, decisions and revisions as one JSON object.</summary>
    public static void WriteDetail(Utf8JsonWriter writer, StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(stored);
        var e = stored.Event;
        writer.WriteStartObject();
        WriteSummaryProperties(writer, e);
        if (stored.RequestedId is { } requested)
        {
            writer.WriteString("requested_id", requested);
        }

        writer.WriteStartObject("provenance");
        WriteProvenance(writer, "type", e.Type, (w, v) => w.WriteStringValue(PloverTypeNames.NameOf(v)));
        WriteProvenance(writer, "mode", e.Mode, (w, v) => w.WriteStringValue(v));
        WriteProvenance(writer, "modality", e.Modality, (w, v) => w.WriteStringValue(PloverTypeNames.NameOf(v)));
        WriteProvenance(writer, "date", e.Date, EventFieldJson.WriteDate);
        WriteProvenance(writer, "place", e.Place, EventFieldJson.WritePlace);
        WriteCountProvenance(writer, "fatalities", e.Fatalities);
        WriteCountProvenance(writer, "injuries", e.Injuries);
        WriteCountProvenance(writer, "arrests", e.Arrests);
        WriteActorProvenance(writer, "actors", e.Actors);
        WriteActorProvenance(writer, "recipients", e.Recipients);
        writer.WriteEndObject();

        writer.WriteStartArray("mentions");
        foreach (var m in stored.Mentions)
        {
            WriteMention(writer, m);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("decisions");
        foreach (var d in stored.Decisions)
        {
            writer.WriteStartObject();
            writer.WriteString("mention", d.MentionId);
            writer.WriteBoolean("created", d.Created);
            writer.WriteNumber("score", Math.Round(d.Score, 4));
            writer.WriteNumber("candidates", d.Candidates);
            writer.WriteString("reason", d.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("revisions");
        foreach (var r in stored.Revisions)
        {
            writer.WriteStartObject();
            writer.WriteString("at", r.At.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("event_id", r.EventId);
            writer.WriteString("article_id", r.ArticleId);
            writer.WriteString("field", r.Field);
            WriteRaw(writer, "old", r.OldValue);
            WriteRaw(writer, "new", r.NewValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one mention: its article, evidence and spans, and the values it reports.</summary>
    public static void WriteMention(Utf8JsonWriter writer, MentionRecord m)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(m);
        writer.WriteStartObject();
        writer.WriteString("id", m.Id);
        writer.WriteString("article_id", m.ArticleId);
        writer.WriteString("outlet", m.Outlet);
        SitrepJson.WriteDate(writer, "published", m.Published);
        writer.WriteString("syndicated_from", m.SyndicatedFrom);
        writer.WriteString("trigger", m.Trigger);
        writer.WriteString("evidence", m.Evidence);
        writer.WriteStartArray("spans");
        foreach (var s in m.EvidenceSpans)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", s.Start);
            writer.WriteNumber("end", s.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("type", PloverTypeNames.NameOf(m.Type));
        writer.WriteString("mode", m.Mode);
        writer.WriteString("kind", PloverTypeNames.NameOf(m.Kind));
        writer.WriteString("modality", PloverTypeNames.NameOf(m.Modality));
        writer.WritePropertyName("date");
        EventFieldJson.WriteDate(writer, m.Date);
        writer.WriteString("month_day", m.MonthDay is { } md ? string.Create(CultureInfo.InvariantCulture, $"--{md.Month:00}-{md.Day:00}") : null);
        writer.WritePropertyName("place");
        EventFieldJson.WritePlace(writer, m.Place);
        writer.WritePropertyName("actors");
        EventFieldJson.WriteActors(writer, m.Actors);
        writer.WritePropertyName("recipients");
        EventFieldJson.WriteActors(writer, m.Recipients);
        writer.WritePropertyName("fatalities");
        EventFieldJson.WriteCount(writer, m.Fatalities);
        writer.WritePropertyName("injuries");
        EventFieldJson.WriteCount(writer, m.Injuries);
        writer.WritePropertyName("arrests");
        EventFieldJson.WriteCount(writer, m.Arrests);
        writer.WriteEndObject();
    }

    private static void WriteSummaryProperties(Utf8JsonWriter writer, FusedEvent e)
    {
        writer.WriteString("id", e.Id);
        writer.WriteString("type", PloverTypeNames.NameOf(e.Type.Value));
        writer.WriteString("mode", e.Mode.Value);
        writer.WriteString("kind", PloverTypeNames.NameOf(e.Kind));
        writer.WriteString("modality", PloverTypeNames.NameOf(e.Modality.Value));
        writer.WritePropertyName("date");
        EventFieldJson.WriteDate(writer, e.Date.Value);
        writer.WritePropertyName("place");
        EventFieldJson.WritePlace(writer, e.Place.Value);
        writer.WritePropertyName("actors");
        EventFieldJson.WriteActors(writer, e.Actors.Select(a => a.Actor));
        writer.WritePropertyName("recipients");
        EventFieldJson.WriteActors(writer, e.Recipients.Select(a => a.Actor));
        writer.WritePropertyName("fatalities");
        EventFieldJson.WriteCount(writer, e.Fatalities.Fused.Value);
        writer.WritePropertyName("injuries");
        EventFieldJson.WriteCount(writer, e.Injuries.Fused.Value);
        writer.WritePropertyName("arrests");
        EventFieldJson.WriteCount(writer, e.Arrests.Fused.Value);
        writer.WriteStartArray("sources");
        foreach (var s in e.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("id", s.ArticleId);
            writer.WriteString("outlet", s.Outlet);
            SitrepJson.WriteDate(writer, "published", s.Published);
            writer.WriteBoolean("syndicated", s.IsSyndicated);
            writer.WriteString("syndicated_from", s.SyndicatedFrom);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("independent_sources", e.IndependentSources);
        writer.WriteBoolean("disputed", IsDisputed(e));
    }

    /// <summary>True when some source disagrees with some fused field.</summary>
    public static bool IsDisputed(FusedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Type.IsDisputed || e.Mode.IsDisputed || e.Modality.IsDisputed || e.Date.IsDisputed || e.Place.IsDisputed
            || e.Fatalities.Fused.IsDisputed || e.Injuries.Fused.IsDisputed || e.Arrests.Fused.IsDisputed;
    }

    private static void WriteProvenance<T>(Utf8JsonWriter writer, string name, FusedValue<T> field, Action<Utf8JsonWriter, T> writeValue)
    {
        writer.WriteStartObject(name);
        writer.WritePropertyName("value");
        writeValue(writer, field.Value);
        WriteSupport(writer, field.Support);
        writer.WriteStartArray("disagreements");
        foreach (var d in field.Disagreements)
        {
            writer.WriteStartObject();
            writer.WriteString("mention", d.MentionId);
            writer.WritePropertyName("value");
            writeValue(writer, d.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCountProvenance(Utf8JsonWriter writer, string name, FusedCount count)
    {
        WriteProvenance(writer, name, count.Fused, EventFieldJson.WriteCount);
        writer.WritePropertyName(name + "_reported");
        EventFieldJson.WriteCount(writer, count.Reported);
    }

    private static void WriteActorProvenance(Utf8JsonWriter writer, string name, IReadOnlyList<FusedActor> actors)
    {
        writer.WriteStartArray(name);
        foreach (var a in actors)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("actor");
            EventFieldJson.WriteActor(writer, a.Actor);
            WriteSupport(writer, a.Support);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSupport(Utf8JsonWriter writer, IReadOnlyList<string> support)
    {
        writer.WriteStartArray("support");
        foreach (var id in support)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }

    private static void WriteRaw(Utf8JsonWriter writer, string name, string? json)
    {
        if (json is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(json);
        }
    }
}