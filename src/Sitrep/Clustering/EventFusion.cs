using Sitrep.Events;

namespace Sitrep.Clustering;

/// <summary>
/// Fuses the mentions of one event into a <see cref="FusedEvent"/> (docs/clustering-and-fusion.md, step 5): every field
/// with the mentions that support it and those that disagree, independent sources counted once.
/// </summary>
public static class EventFusion
{
    /// <summary>The event <paramref name="eventId"/> made of <paramref name="mentions"/> (any order, at least one).</summary>
    public static FusedEvent Fuse(string eventId, IReadOnlyList<MentionRecord> mentions)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count == 0)
        {
            throw new ArgumentException("An event has at least one mention.", nameof(mentions));
        }

        var ordered = mentions.DistinctBy(m => m.Id, StringComparer.Ordinal).Order(CanonicalMentionOrder.Instance).ToList();
        var kind = SourceVote.Of(ordered, m => m.Kind, EventKind.Incident).Value;
        var sources = ordered
            .GroupBy(m => m.ArticleId, StringComparer.Ordinal)
            .Select(g => new EventSource(g.Key, g.First().Outlet, g.First().Published, g.First().SyndicatedFrom, [.. g.Select(m => m.Id)]))
            .ToList();
        return new FusedEvent(
            eventId,
            kind,
            SourceVote.Of(ordered, m => m.Type, ordered[0].Type),
            SourceVote.Of<string?>(ordered, m => m.Mode, null, StringComparer.OrdinalIgnoreCase),
            SourceVote.Of(ordered, m => m.Modality, ordered[0].Modality),
            DateFusion.Fuse(ordered),
            PlaceFusion.Fuse(ordered),
            ActorFusion.Fuse(ordered, m => m.Actors),
            ActorFusion.Fuse(ordered, m => m.Recipients),
            CountFusion.Fuse(ordered, m => m.Fatalities),
            CountFusion.Fuse(ordered, m => m.Injuries),
            CountFusion.Fuse(ordered, m => m.Arrests),
            sources,
            SourceVote.Sources(ordered),
            [.. ordered.Select(m => m.Id)]);
    }
}