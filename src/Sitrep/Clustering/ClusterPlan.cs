namespace Sitrep.Clustering;

/// <summary>The outcome of re-clustering a neighbourhood of mentions.</summary>
/// <param name="Clusters">Every cluster, each with its stable event id.</param>
/// <param name="Decisions">One decision per mention, in canonical order.</param>
public sealed record ClusterPlan(IReadOnlyList<MentionCluster> Clusters, IReadOnlyList<ClusterDecision> Decisions);