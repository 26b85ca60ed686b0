using Sitrep.Actors;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Tests.Clustering;

/// <summary>Small builders for mention records, places and actors in clustering tests.</summary>
internal static class TestMentions
{
    public static readonly Place Quito = new("Quito", "EC", "Pichincha", null, -0.2299, -78.5250, "P", 3652462, 1);
    public static readonly Place LagoAgrio = new("Nueva Loja", "EC", "Sucumbíos", null, 0.0847, -76.8828, "P", 3655185, 1);
    public static readonly Place Sucumbios = new("Sucumbíos", "EC", "Sucumbíos", null, 0.0833, -76.8833, "A", 3830305, 3);
    public static readonly Place Esmeraldas = new("Esmeraldas", "EC", "Esmeraldas", null, 0.9592, -79.6540, "P", 3657990, 1);
    public static readonly Place Ecuador = new("Ecuador", "EC", null, null, -1.25, -78.25, "A", 3658394, 5);
    public static readonly Place Colombia = new("Colombia", "CO", null, null, 4.0, -73.25, "A", 3686110, 5);
    public static readonly Place Ipiales = new("Ipiales", "CO", "Nariño", null, 0.8302, -77.6444, "P", 3680387, 1);
    public static readonly Place Tulcan = new("Tulcán", "EC", "Carchi", null, 0.8119, -77.7173, "P", 3650267, 1);
    public static readonly Place Mogadishu = new("Mogadishu", "SO", "Banaadir", null, 2.0371, 45.3438, "P", 53654, 1);

    public static readonly ActorRef EcuadorMilitary = new("Ecuador military", "EC", ActorSector.Military, "ec-mil", ["Ecuadorian armed forces", "Ecuadorian forces"]);
    public static readonly ActorRef UsMilitary = new("United States military", "US", ActorSector.Military, "us-mil", ["U.S. military"]);
    public static readonly ActorRef Southcom = new("U.S. Southern Command", "US", ActorSector.Military, "us-southcom", ["SOUTHCOM"]);
    public static readonly ActorRef Cdf = new("Comandos de la Frontera", "CO", ActorSector.Rebel, "cdf", ["Border Commandos"]);
    public static readonly ActorRef AlShabab = new("al-Shabab", "SO", ActorSector.Rebel, "al-shabab", []);

    public static DateInterval Day(int year, int month, int day) => DateInterval.Day(new DateOnly(year, month, day));

    /// <summary>An asserted ASSAULT incident of <paramref name="article"/>, published 7 March 2026 unless told otherwise.</summary>
    public static MentionRecord Mention(
        string article,
        int ordinal = 0,
        PloverType type = PloverType.Assault,
        string? mode = null,
        EventKind kind = EventKind.Incident,
        EventModality modality = EventModality.Asserted,
        DateInterval? date = null,
        YearlessDate? monthDay = null,
        Place? place = null,
        ActorRef[]? actors = null,
        ActorRef[]? recipients = null,
        CountRange? fatalities = null,
        string evidence = "",
        DateOnly? published = null,
        bool unpublished = false,
        string? syndicatedFrom = null,
        string? outlet = null) => new(
            $"{article}#{ordinal}",
            article,
            ordinal,
            outlet,
            unpublished ? null : published ?? new DateOnly(2026, 3, 7),
            syndicatedFrom,
            type,
            mode,
            kind,
            modality,
            actors ?? [],
            recipients ?? [],
            date,
            monthDay,
            place,
            fatalities,
            null,
            null,
            "strike",
            evidence,
            [new TextSpan(0, evidence.Length)]);
}