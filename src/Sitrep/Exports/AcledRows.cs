using System.Globalization;
using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Exports;

/// <summary>Builds the ACLED CSV row of an event (ACLED Codebook 2023 for every rule cited; tables in data/exports).</summary>
public static class AcledRows
{
    /// <summary>The tag of a row whose event type the codebook cannot give (an ASSAULT without a weapon mode or a known target).</summary>
    public const string NoAcledTypeTag = "sitrep: no ACLED event type (violence without a weapon mode or a known target)";

    /// <summary>The ACLED type of <paramref name="e"/>: by type and mode, then, for a modeless ASSAULT, by its target's inter codes.</summary>
    public static AcledType TypeOf(FusedEvent e, ExportTables tables)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(tables);
        var acled = tables.AcledTypes.Map(e.Type.Value, e.Mode.Value);
        if (acled.EventType.Length > 0)
        {
            return acled;
        }

        var actors = e.Actors.Select(a => tables.Inter.Of(a.Actor.Sector)).ToList();
        var recipients = e.Recipients.Select(a => tables.Inter.Of(a.Actor.Sector)).ToList();
        var target = recipients.Contains(AcledInterCodes.Civilians) ? "civilians"
            : actors.Any(AcledInterCodes.IsArmed) && recipients.Any(AcledInterCodes.IsArmed) ? "armed"
            : null;
        return target is not null && tables.AcledTypes.TryMapByTarget(e.Type.Value, target, out var byTarget) ? byTarget : acled;
    }

    /// <summary>The row of <paramref name="stored"/>.</summary>
    public static AcledCsvRow From(StoredEvent stored, ExportTables tables)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(tables);
        var e = stored.Event;
        var acled = TypeOf(e, tables);
        var date = e.Date.Value;
        var place = e.Place.Value;
        var inter1 = e.Actors.Count > 0 ? tables.Inter.Of(e.Actors[0].Actor.Sector) : null;
        var inter2 = e.Recipients.Count > 0 ? tables.Inter.Of(e.Recipients[0].Actor.Sector) : null;
        var disorder = tables.Disorder.Of(acled);

        // Codebook, "Civilian targeting": set on political violence whose main or only target is civilians.
        var civilians = disorder.StartsWith("Political violence", StringComparison.Ordinal)
            && e.Recipients.Any(r => tables.Inter.Of(r.Actor.Sector) == AcledInterCodes.Civilians);
        return new AcledCsvRow
        {
            EventIdCnty = e.Id,
            EventDate = date is { } d ? Day(d.From) : "",
            Year = date?.From.Year,
            TimePrecision = date is { } p ? TimePrecisionOf(p) : null,
            DisorderType = disorder,
            EventType = acled.EventType,
            SubEventType = acled.SubEventType,
            Actor1 = e.Actors.Count > 0 ? e.Actors[0].Actor.Name : "",
            AssocActor1 = string.Join("; ", e.Actors.Skip(1).Select(a => a.Actor.Name)),
            Inter1 = inter1,
            Actor2 = e.Recipients.Count > 0 ? e.Recipients[0].Actor.Name : "",
            AssocActor2 = string.Join("; ", e.Recipients.Skip(1).Select(a => a.Actor.Name)),
            Inter2 = inter2,
            // An actor2 of unknown type makes the interaction unknown, not a sole actor's.
            Interaction = e.Recipients.Count > 0 && inter2 is null ? null : AcledInterCodes.Interaction(inter1, inter2),
            CivilianTargeting = civilians ? "Civilian targeting" : "",
            Country = place?.Country is { } c ? tables.Countries.NameOf(c) : "",
            Iso = place?.Country is { } iso ? tables.Countries.NumericOf(iso) : null,
            Region = place?.Country is { } r ? tables.Regions.Of(r) : "",
            Admin1 = place?.Admin1 ?? "",
            Admin2 = place?.Admin2 ?? "",
            Location = place?.Name ?? "",
            Latitude = place?.Latitude,
            Longitude = place?.Longitude,
            GeoPrecision = place is null ? null : GeoPrecisionOf(place.Precision),
            Source = string.Join("; ", e.Sources.Select(s => s.Outlet ?? s.ArticleId).Distinct(StringComparer.Ordinal)),
            SourceScale = tables.Scales.Combined(e.Sources.Select(s => s.Outlet)),
            Notes = FirstEvidence(stored),
            Fatalities = e.Fatalities.Fused.Value?.Min ?? 0,
            Tags = string.Join("; ", TagsOf(e, acled)),
            Timestamp = stored.Revisions.Count > 0 ? stored.Revisions.Max(r => r.At).ToUnixTimeSeconds() : null,
            PloverType = e.Mode.Value is { } mode ? $"{PloverTypeNames.NameOf(e.Type.Value)}/{mode}" : PloverTypeNames.NameOf(e.Type.Value),
            EventDateEnd = date is { } end ? Day(end.To) : "",
            FatalitiesMax = e.Fatalities.Reported?.Max,
            SourceCount = e.IndependentSources,
        };
    }

    /// <summary>
    /// ACLED's time_precision from the length of the date interval (ACLED Codebook, "Time precision"): 1 the day is
    /// known, 2 the event lies within a week (a span of two to seven days), 3 within a month or a longer span.
    /// </summary>
    /// <remarks>
    /// The length decides, not the unit the text used: a range of whole days ("between 3 and 20 March") is only
    /// known to within weeks, though each of its ends is a day.
    /// </remarks>
    public static int TimePrecisionOf(DateInterval date) => date.Days switch
    {
        1 => 1,
        <= 7 => 2,
        _ => 3,
    };

    /// <summary>
    /// ACLED's geo_precision from Sitrep's place precision (1 a point … 5 a country): 1 the place itself, 2 a small
    /// part of a region or "near" a town, 3 a region or a country (ACLED codes such events at the region's centroid).
    /// </summary>
    public static int GeoPrecisionOf(int placePrecision) => Math.Clamp(placePrecision, 1, 3);

    /// <summary>The evidence of the event's first mention (canonical order), or "".</summary>
    internal static string FirstEvidence(StoredEvent stored) => stored.Mentions.Count > 0 ? stored.Mentions[0].Evidence : "";

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string TypeName(FusedEvent e) => PloverTypeNames.NameOf(e.Type.Value);

    private static IEnumerable<string> TagsOf(FusedEvent e, AcledType acled)
    {
        if (acled.EventType.Length == 0)
        {
            yield return NoAcledTypeTag;
        }
        else if (!acled.InAcled)
        {
            yield return $"sitrep: outside ACLED's event types (PLOVER {PloverTypeNames.NameOf(e.Type.Value)})";
        }

        if (e.Date.Value is null)
        {
            yield return "sitrep: undated";
        }

        if (e.Kind == EventKind.Aggregate)
        {
            yield return "sitrep: aggregate of several events";
        }
    }
}