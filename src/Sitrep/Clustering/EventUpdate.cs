using Sitrep.Storage;

namespace Sitrep.Clustering;

/// <summary>
/// Everything processing one article changes in the event store, written in one transaction.
/// </summary>
/// <param name="ArticleId">The article processed.</param>
/// <param name="Mentions">The article's mentions (they replace any it had).</param>
/// <param name="Upserted">Events created or changed, each with its mentions' block keys.</param>
/// <param name="Removed">Events that no longer exist, each with the id of the event that absorbed it (or null).</param>
/// <param name="Revisions">The field changes.</param>
/// <param name="Decisions">The clusterer's decisions for every mention re-clustered.</param>
public sealed record EventUpdate(
    string ArticleId,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<ClusteredEvent> Upserted,
    IReadOnlyList<RemovedEvent> Removed,
    IReadOnlyList<EventRevision> Revisions,
    IReadOnlyList<ClusterDecision> Decisions);