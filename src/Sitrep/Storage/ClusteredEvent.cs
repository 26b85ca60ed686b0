using Sitrep.Clustering;

namespace Sitrep.Storage;

/// <summary>An event to store, with the blocking keys that find it as a candidate for later mentions.</summary>
/// <param name="Event">The fused event.</param>
/// <param name="BlockKeys">The union of its mentions' blocking keys.</param>
public sealed record ClusteredEvent(FusedEvent Event, IReadOnlyList<string> BlockKeys);