using Sitrep.Storage;

namespace Sitrep.Clustering;

/// <summary>An event with everything needed to explain it: its mentions (with evidence), decisions and revisions.</summary>
/// <param name="Event">The fused event.</param>
/// <param name="Mentions">Its mentions, in canonical order.</param>
/// <param name="Decisions">The clusterer's decisions for its mentions.</param>
/// <param name="Revisions">Every change to its fields, oldest first.</param>
/// <param name="RequestedId">The id asked for, when it was an alias of an absorbed or renamed event; else null.</param>
public sealed record StoredEvent(
    FusedEvent Event,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<ClusterDecision> Decisions,
    IReadOnlyList<EventRevision> Revisions,
    string? RequestedId = null);