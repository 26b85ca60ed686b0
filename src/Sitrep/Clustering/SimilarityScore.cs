namespace Sitrep.Clustering;

/// <summary>How well a mention fits a cluster: a score in [0, 1] and why.</summary>
/// <param name="Value">0 (no fit, or vetoed) … 1 (every feature agrees).</param>
/// <param name="Reason">A short account, e.g. "same type; dates overlap; same admin1; actors 2/2; evidence 0.41".</param>
/// <param name="IsVeto">True when a hard rule forbids the join (another article's mention is not enough to lift it).</param>
public readonly record struct SimilarityScore(double Value, string Reason, bool IsVeto)
{
    /// <summary>A vetoed fit: score 0 with the rule that forbids it.</summary>
    public static SimilarityScore Veto(string reason) => new(0, reason, true);
}