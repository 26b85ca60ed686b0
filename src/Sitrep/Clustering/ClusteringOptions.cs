namespace Sitrep.Clustering;

/// <summary>Settings of <see cref="EventClusterer"/>.</summary>
/// <param name="Threshold">
/// The score (<see cref="MentionSimilarity"/>) a mention needs to join a cluster. 0.55 asks for more than "same type,
/// nothing contradicts": with every other feature silent (neutral, 0.35) a same-type pair scores 0.36; one strong
/// agreement alone stays below (same day 0.53, same place 0.49, the same participants 0.49); two agreements pass
/// (same day and place 0.66; same day and a fifth of the wording 0.57), as does near-identical wording (a syndicated
/// copy, 0.56). On the development corpora true joins scored 0.60–0.66 and the best rejected pairs 0.45–0.51.
/// </param>
/// <param name="MeaningWeight">
/// The share of the score the meaning of the evidence takes when both mentions carry an encoder vector
/// (<see cref="MentionSimilarity.DefaultMeaningWeight"/>, fitted on gold pairs: docs/encoder.md).
/// </param>
public sealed record ClusteringOptions(double Threshold = 0.55, double MeaningWeight = MentionSimilarity.DefaultMeaningWeight)
{
    /// <summary>The defaults.</summary>
    public static ClusteringOptions Default { get; } = new();
}