using Sitrep.Storage;

namespace Sitrep.Clustering;

/// <summary>An event to store, with the blocking keys that find it as a candidate for later mentions.</summary>
/// <param name="Event">The fused event.</param>
/// <param name="BlockKeys">The union of its mentions' blocking keys.</param>
/// <param name="SearchEvidence">Its mentions' evidence, one per line, indexed for text search; the clusterer holds
/// the mentions in memory, so the store need not read them back.</param>
public sealed record ClusteredEvent(FusedEvent Event, IReadOnlyList<string> BlockKeys, string SearchEvidence)
{
    /// <summary>An event with the search evidence of <paramref name="mentions"/> (those it holds, in its order).</summary>
    public static ClusteredEvent Of(FusedEvent fused, IReadOnlyList<string> blockKeys, IEnumerable<MentionRecord> mentions)
    {
        ArgumentNullException.ThrowIfNull(fused);
        ArgumentNullException.ThrowIfNull(mentions);
        var byId = mentions.ToDictionary(m => m.Id, m => m.Evidence, StringComparer.Ordinal);
        var lines = fused.MentionIds.Select(id => byId.TryGetValue(id, out var evidence) ? evidence : null).OfType<string>();
        return new ClusteredEvent(fused, blockKeys, string.Join('\n', lines));
    }
}