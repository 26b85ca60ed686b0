using Sitrep.Actors;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Tests.Storage;

/// <summary>Real mention and event values for the event store tests, built by hand so each test says what it stores.</summary>
internal static class EventFixtures
{
    public static readonly Place Sucumbios = new("Sucumbíos", "EC", "Sucumbíos", null, 0.09, -76.89, "A", 3830306, 3);

    public static readonly ActorRef Border = new("Comandos de la Frontera", "CO", ActorSector.Rebel, "CDF", ["Border Commandos"]);

    public static readonly ActorRef Ecuador = new("Ecuador military", "EC", ActorSector.Military, null, []);

    public static MentionRecord Mention(
        string articleId, int ordinal = 0, DateOnly? date = null, Place? place = null, long? dead = null,
        PloverType type = PloverType.Assault, string evidence = "Forces struck a camp.", string? outlet = "Example News") =>
        new(
            $"{articleId}#{ordinal}", articleId, ordinal, outlet, new DateOnly(2026, 3, 7), null,
            type, "aerial", EventKind.Incident, EventModality.Asserted,
            [Ecuador], [Border],
            date is { } d ? DateInterval.Day(d) : null, null, place,
            dead is { } n ? CountRange.Exactly(n) : null, null, null,
            "struck", evidence, [new TextSpan(0, evidence.Length)]);

    /// <summary>An event fused by hand from <paramref name="mentions"/>: every field supported by all of them.</summary>
    public static FusedEvent Event(string id, params MentionRecord[] mentions)
    {
        var ids = mentions.Select(m => m.Id).ToList();
        var first = mentions[0];
        return new FusedEvent(
            id,
            first.Kind,
            new FusedValue<PloverType>(first.Type, ids, []),
            new FusedValue<string?>(first.Mode, ids, []),
            new FusedValue<EventModality>(first.Modality, ids, []),
            new FusedValue<DateInterval?>(first.Date, ids, []),
            new FusedValue<Place?>(first.Place, ids, []),
            [.. first.Actors.Select(a => new FusedActor(a, ids))],
            [.. first.Recipients.Select(a => new FusedActor(a, ids))],
            new FusedCount(new FusedValue<CountRange?>(first.Fatalities, ids, []), first.Fatalities),
            new FusedCount(new FusedValue<CountRange?>(null, [], []), null),
            new FusedCount(new FusedValue<CountRange?>(null, [], []), null),
            [.. mentions.Select(m => new EventSource(m.ArticleId, m.Outlet, m.Published, m.SyndicatedFrom, [m.Id]))],
            mentions.Select(m => m.SourceKey).Distinct().Count(),
            ids);
    }
}