using Sitrep.Actors;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Tests.Exports;

/// <summary>Real values of the real types (no store): the 6 March 2026 strike with two sources, a vessel strike at sea, an undated aggregate.</summary>
internal static class SampleEvents
{
    public const string StrikeId = "ev_strike_sucumbios";
    public const string VesselId = "ev_vessel_pacific";
    public const string CampaignId = "ev_campaign";
    public const string VoaArticle = "000_75da227318166613";
    public const string OtherArticle = "002_56decd7c35e1df04";

    public static readonly ActorRef EcuadorMilitary = new("Ecuador military", "EC", ActorSector.Military, "EC-MIL", ["Ecuadorian forces"]);
    public static readonly ActorRef UsMilitary = new("United States military", "US", ActorSector.Military, "US-MIL", ["U.S. forces"]);
    public static readonly ActorRef BorderCommandos = new("Comandos de la Frontera", "CO", ActorSector.Rebel, "CDF", ["Border Commandos", "CDF"]);

    public static readonly Place Sucumbios = new("Sucumbíos", "EC", "Sucumbíos", null, 0.09, -76.89, "A", 3830306, 3);

    public static StoredEvent Strike()
    {
        var m1 = Mention(VoaArticle, 0, "Voice of America", null, "aerial",
            "The operation was carried out in the northeastern province of Sucumbios near the border with Colombia, \"quoted\", with commas.",
            [new TextSpan(1210, 1313)]);
        var m2 = Mention(OtherArticle, 0, null, new DateOnly(2026, 3, 7), "drone",
            "American and Ecuadorian forces carried out “lethal kinetic strikes” against drug traffickers in Ecuador near the Colombian border.",
            [new TextSpan(17, 187)]);
        var ids = new[] { m1.Id, m2.Id };
        var e = new FusedEvent(
            StrikeId,
            EventKind.Incident,
            Agreed(PloverType.Assault, ids),
            new FusedValue<string?>("aerial", [m1.Id], [new Disagreement<string?>(m2.Id, "drone")]),
            Agreed(EventModality.Asserted, ids),
            Agreed<DateInterval?>(DateInterval.Day(new DateOnly(2026, 3, 6)), ids),
            Agreed<Place?>(Sucumbios, ids),
            [new FusedActor(UsMilitary, ids), new FusedActor(EcuadorMilitary, ids)],
            [new FusedActor(BorderCommandos, [m2.Id])],
            NoCount(),
            NoCount(),
            NoCount(),
            [
                new EventSource(VoaArticle, "Voice of America", null, null, [m1.Id]),
                new EventSource(OtherArticle, null, new DateOnly(2026, 3, 7), null, [m2.Id]),
            ],
            2,
            ids);
        var revisions = new[]
        {
            new EventRevision(StrikeId, new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.Zero), OtherArticle, "created", null, "{\"type\":\"ASSAULT\"}"),
            new EventRevision(StrikeId, new DateTimeOffset(2026, 3, 7, 10, 1, 0, TimeSpan.Zero), VoaArticle, "sources", "[\"002_56decd7c35e1df04\"]", "[\"000_75da227318166613\",\"002_56decd7c35e1df04\"]"),
        };
        var decisions = new[]
        {
            new ClusterDecision(m1.Id, StrikeId, true, 0, 0, "opened: no candidate"),
            new ClusterDecision(m2.Id, StrikeId, false, 0.82, 1, "joined: same type, dates overlap, same admin1"),
        };
        return new StoredEvent(e, [m1, m2], decisions, revisions);
    }

    public static StoredEvent VesselStrike()
    {
        var m = Mention(OtherArticle, 1, null, new DateOnly(2026, 3, 7), "aerial", "=HYPERLINK(\"x\") A strike on a vessel killed six men.", [new TextSpan(300, 350)]);
        var sea = new Place("eastern Pacific", null, null, null, 5.0, -100.0, "H", null, 5);
        var dead = new FusedCount(new FusedValue<CountRange?>(CountRange.Exactly(6), [m.Id], []), new CountRange(6, 8));
        var e = new FusedEvent(
            VesselId, EventKind.Incident, Agreed(PloverType.Assault, [m.Id]), Agreed<string?>("aerial", [m.Id]),
            Agreed(EventModality.Asserted, [m.Id]), Agreed<DateInterval?>(new DateInterval(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4), DatePrecision.DayRange), [m.Id]),
            Agreed<Place?>(sea, [m.Id]), [new FusedActor(UsMilitary, [m.Id])], [], dead, NoCount(), NoCount(),
            [new EventSource(OtherArticle, null, new DateOnly(2026, 3, 7), null, [m.Id])], 1, [m.Id]);
        return new StoredEvent(e, [m], [], []);
    }

    public static StoredEvent Campaign()
    {
        var m = Mention(VoaArticle, 1, "Voice of America", null, null, "Dozens of boat strikes since September.", [new TextSpan(10, 50)]);
        var e = new FusedEvent(
            CampaignId, EventKind.Aggregate, Agreed(PloverType.Assault, [m.Id]), Agreed<string?>(null, []),
            Agreed(EventModality.Asserted, [m.Id]), Agreed<DateInterval?>(null, []), Agreed<Place?>(null, []),
            [], [], NoCount(), NoCount(), NoCount(),
            [new EventSource(VoaArticle, "Voice of America", null, null, [m.Id])], 1, [m.Id]);
        return new StoredEvent(e, [m], [], []);
    }

    public static IReadOnlyList<StoredEvent> All() => [Strike(), VesselStrike(), Campaign()];

    public static async IAsyncEnumerable<StoredEvent> Async(IEnumerable<StoredEvent> events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }

    private static MentionRecord Mention(string article, int ordinal, string? outlet, DateOnly? published, string? mode, string evidence, IReadOnlyList<TextSpan> spans) =>
        new($"{article}#{ordinal}", article, ordinal, outlet, published, null, PloverType.Assault, mode, EventKind.Incident, EventModality.Asserted,
            [UsMilitary, EcuadorMilitary], [BorderCommandos], DateInterval.Day(new DateOnly(2026, 3, 6)), null, Sucumbios, null, null, null, "strikes", evidence, spans);

    private static FusedValue<T> Agreed<T>(T value, IReadOnlyList<string> support) => new(value, support, []);

    private static FusedCount NoCount() => new(new FusedValue<CountRange?>(null, [], []), null);
}