namespace Sitrep.Clustering;

/// <summary>What clustering one article did.</summary>
/// <param name="Mentions">The article's event mentions.</param>
/// <param name="Created">Events opened.</param>
/// <param name="Updated">Stored events whose fields or sources changed.</param>
/// <param name="Removed">Stored events absorbed into others or dissolved.</param>
/// <param name="Candidates">Stored events the blocking index offered.</param>
public sealed record ClusteringOutcome(int Mentions, int Created, int Updated, int Removed, int Candidates);