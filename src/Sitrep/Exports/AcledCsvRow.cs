namespace Sitrep.Exports;

/// <summary>
/// One row of the CSV export: ACLED's columns (ACLED Codebook 2023) in ACLED's order, then Sitrep's own
/// (the PLOVER type, the end of the date interval, the highest reported fatality figure).
/// </summary>
public sealed record AcledCsvRow
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
        "assoc_actor_2", "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
        "source", "source_count", "notes", "fatalities", "plover_type", "event_date_end", "fatalities_max",
    ];

    /// <summary>Sitrep's stable event id.</summary>
    public string EventId { get; init; } = "";

    /// <summary>First day of the event (yyyy-MM-dd), empty when undated.</summary>
    public string EventDate { get; init; } = "";

    /// <summary>ACLED time precision: 1 day, 2 within a week, 3 longer; empty when undated.</summary>
    public int? TimePrecision { get; init; }

    /// <summary>ACLED event type.</summary>
    public string EventType { get; init; } = "";

    /// <summary>ACLED sub-event type.</summary>
    public string SubEventType { get; init; } = "";

    /// <summary>The first actor.</summary>
    public string Actor1 { get; init; } = "";

    /// <summary>The other actors, separated by "; ".</summary>
    public string AssocActor1 { get; init; } = "";

    /// <summary>The first recipient.</summary>
    public string Actor2 { get; init; } = "";

    /// <summary>The other recipients, separated by "; ".</summary>
    public string AssocActor2 { get; init; } = "";

    /// <summary>Country name.</summary>
    public string Country { get; init; } = "";

    /// <summary>ISO 3166-1 numeric code, as ACLED writes it.</summary>
    public int? Iso { get; init; }

    /// <summary>First-level division.</summary>
    public string Admin1 { get; init; } = "";

    /// <summary>Second-level division.</summary>
    public string Admin2 { get; init; } = "";

    /// <summary>The place's name.</summary>
    public string Location { get; init; } = "";

    /// <summary>WGS 84 latitude.</summary>
    public double? Latitude { get; init; }

    /// <summary>WGS 84 longitude.</summary>
    public double? Longitude { get; init; }

    /// <summary>ACLED geo precision: 1 the place itself, 2 near it or a small area, 3 a region or larger.</summary>
    public int? GeoPrecision { get; init; }

    /// <summary>The outlets, separated by "; ".</summary>
    public string Source { get; init; } = "";

    /// <summary>Independent sources.</summary>
    public int SourceCount { get; init; }

    /// <summary>The evidence of the first report.</summary>
    public string Notes { get; init; } = "";

    /// <summary>ACLED's conservative figure: the fused minimum, 0 when no source gives one.</summary>
    public long Fatalities { get; init; }

    /// <summary>The PLOVER type and mode ("ASSAULT/aerial").</summary>
    public string PloverType { get; init; } = "";

    /// <summary>Last day of the event's date interval.</summary>
    public string EventDateEnd { get; init; } = "";

    /// <summary>The highest figure any source reports, empty when none does.</summary>
    public long? FatalitiesMax { get; init; }
}