namespace Sitrep.Exports;

/// <summary>
/// One row of the CSV export: ACLED's current export columns, by ACLED's names and in ACLED's order (ACLED Codebook
/// 2023, "ACLED Data Columns at a Glance"; the 2023 column guide), then Sitrep's own columns after them.
/// data/exports/SOURCES.md says where each value comes from.
/// </summary>
public sealed record AcledCsvRow
{
    /// <summary>ACLED's columns, in ACLED's order.</summary>
    public static IReadOnlyList<string> AcledColumns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>The header: ACLED's columns, then Sitrep's (PLOVER type, end of the date range, highest reported fatalities, independent sources).</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. AcledColumns, "plover_type", "event_date_end", "fatalities_max", "source_count"];

    /// <summary>Sitrep's stable event id (ACLED's is country letters and a number; both are text).</summary>
    public string EventIdCnty { get; init; } = "";

    /// <summary>First day of the event (yyyy-MM-dd), empty when undated.</summary>
    public string EventDate { get; init; } = "";

    /// <summary>The year of <see cref="EventDate"/>.</summary>
    public int? Year { get; init; }

    /// <summary>ACLED time precision: 1 a day, 2 a week or less, 3 longer; empty when undated.</summary>
    public int? TimePrecision { get; init; }

    /// <summary>Political violence, Demonstrations, "Political violence; Demonstrations" or Strategic developments.</summary>
    public string DisorderType { get; init; } = "";

    /// <summary>ACLED event type; empty when the codebook gives none (tagged).</summary>
    public string EventType { get; init; } = "";

    /// <summary>ACLED sub-event type.</summary>
    public string SubEventType { get; init; } = "";

    /// <summary>The first actor.</summary>
    public string Actor1 { get; init; } = "";

    /// <summary>The other actors, separated by "; ".</summary>
    public string AssocActor1 { get; init; } = "";

    /// <summary>ACLED actor type of actor1 (1–8); empty when its sector is unknown.</summary>
    public int? Inter1 { get; init; }

    /// <summary>The first recipient.</summary>
    public string Actor2 { get; init; } = "";

    /// <summary>The other recipients, separated by "; ".</summary>
    public string AssocActor2 { get; init; } = "";

    /// <summary>ACLED actor type of actor2.</summary>
    public int? Inter2 { get; init; }

    /// <summary>ACLED interaction: the two inter codes, lower first; a sole actor's code × 10.</summary>
    public int? Interaction { get; init; }

    /// <summary>"Civilian targeting" when violence targets civilians, else empty (as ACLED writes it).</summary>
    public string CivilianTargeting { get; init; } = "";

    /// <summary>ISO 3166-1 numeric code, as ACLED writes it.</summary>
    public int? Iso { get; init; }

    /// <summary>ACLED's region of the country (data/exports/acled-regions.tsv); empty when the place has no country.</summary>
    public string Region { get; init; } = "";

    /// <summary>Country name.</summary>
    public string Country { get; init; } = "";

    /// <summary>First-level division.</summary>
    public string Admin1 { get; init; } = "";

    /// <summary>Second-level division.</summary>
    public string Admin2 { get; init; } = "";

    /// <summary>Third-level division; always empty: Sitrep's gazetteer (GeoNames cities, admin1 and admin2 names) has no third level.</summary>
    public string Admin3 { get; init; } = "";

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

    /// <summary>ACLED's source scale of the outlets (data/exports/outlet-scales.tsv: "International", "National-International"); empty when no outlet's reach is known.</summary>
    public string SourceScale { get; init; } = "";

    /// <summary>The evidence of the first report.</summary>
    public string Notes { get; init; } = "";

    /// <summary>ACLED's conservative figure: the fused minimum, 0 when no source gives one.</summary>
    public long Fatalities { get; init; }

    /// <summary>Flags, separated by "; " as ACLED's tags are ("sitrep: aggregate", "sitrep: no ACLED event type", …).</summary>
    public string Tags { get; init; } = "";

    /// <summary>Unix time (seconds) of the event's last revision, as ACLED's timestamp is of its last change.</summary>
    public long? Timestamp { get; init; }

    /// <summary>The PLOVER type and mode ("ASSAULT/aerial").</summary>
    public string PloverType { get; init; } = "";

    /// <summary>Last day of the event's date interval.</summary>
    public string EventDateEnd { get; init; } = "";

    /// <summary>The highest figure any source reports, empty when none does.</summary>
    public long? FatalitiesMax { get; init; }

    /// <summary>Independent sources.</summary>
    public int SourceCount { get; init; }
}