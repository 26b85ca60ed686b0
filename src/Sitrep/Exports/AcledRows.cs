using System.Globalization;
using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Exports;

/// <summary>Builds the ACLED-style CSV row of an event (ACLED Codebook 2023 for every rule cited).</summary>
public static class AcledRows
{
    /// <summary>The row of <paramref name="stored"/>.</summary>
    public static AcledCsvRow From(StoredEvent stored, ExportTables tables)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(tables);
        var e = stored.Event;
        var acled = tables.AcledTypes.Map(e.Type.Value, e.Mode.Value);
        var date = e.Date.Value;
        var place = e.Place.Value;
        return new AcledCsvRow
        {
            EventId = e.Id,
            EventDate = date is { } d ? Day(d.From) : "",
            TimePrecision = date is { } p ? TimePrecisionOf(p) : null,
            EventType = acled.EventType,
            SubEventType = acled.SubEventType,
            Actor1 = e.Actors.Count > 0 ? e.Actors[0].Actor.Name : "",
            AssocActor1 = string.Join("; ", e.Actors.Skip(1).Select(a => a.Actor.Name)),
            Actor2 = e.Recipients.Count > 0 ? e.Recipients[0].Actor.Name : "",
            AssocActor2 = string.Join("; ", e.Recipients.Skip(1).Select(a => a.Actor.Name)),
            Country = place?.Country is { } c ? tables.Countries.NameOf(c) : "",
            Iso = place?.Country is { } iso ? tables.Countries.NumericOf(iso) : null,
            Admin1 = place?.Admin1 ?? "",
            Admin2 = place?.Admin2 ?? "",
            Location = place?.Name ?? "",
            Latitude = place?.Latitude,
            Longitude = place?.Longitude,
            GeoPrecision = place is null ? null : Math.Min(place.Precision, 3),
            Source = string.Join("; ", e.Sources.Select(s => s.Outlet ?? s.ArticleId).Distinct(StringComparer.Ordinal)),
            SourceCount = e.IndependentSources,
            Notes = FirstEvidence(stored),
            Fatalities = e.Fatalities.Fused.Value?.Min ?? 0,
            PloverType = e.Mode.Value is { } mode ? $"{PloverTypeNames.NameOf(e.Type.Value)}/{mode}" : PloverTypeNames.NameOf(e.Type.Value),
            EventDateEnd = date is { } end ? Day(end.To) : "",
            FatalitiesMax = e.Fatalities.Reported?.Max,
        };
    }

    /// <summary>ACLED's time_precision: 1 a known day, 2 a span within a week, 3 a longer span.</summary>
    public static int TimePrecisionOf(DateInterval date) =>
        date.Precision == DatePrecision.Day || date.Days == 1 ? 1 : date.Days <= 7 ? 2 : 3;

    /// <summary>The evidence of the event's first mention (canonical order), or "".</summary>
    internal static string FirstEvidence(StoredEvent stored) => stored.Mentions.Count > 0 ? stored.Mentions[0].Evidence : "";

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string TypeName(FusedEvent e) => PloverTypeNames.NameOf(e.Type.Value);
}