namespace Sitrep.Evaluation.Ecb;

/// <summary>A partition of a topic's documents into predicted events.</summary>
/// <param name="Labels">The predicted event of each document (0-based, numbered in order of first document).</param>
/// <param name="Silhouette">The mean silhouette of the chosen cut (0 when every document is alone).</param>
internal sealed record DocumentPartition(int[] Labels, double Silhouette)
{
    /// <summary>How many predicted events.</summary>
    public int ClusterCount => Labels.Length == 0 ? 0 : Labels.Max() + 1;
}