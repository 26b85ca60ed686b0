namespace Sitrep.Evaluation;

/// <summary>Precision, recall and their harmonic mean, each in 0..1.</summary>
/// <param name="Precision">The share of predictions that are right.</param>
/// <param name="Recall">The share of gold that was found.</param>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// From counts: <paramref name="matched"/> / <paramref name="predicted"/> and <paramref name="matched"/> / <paramref name="gold"/>.
    /// A zero denominator gives 0: no predictions is precision 0, not 1, so an empty run scores 0 everywhere.
    /// </summary>
    public static PrecisionRecall FromCounts(int matched, int predicted, int gold) =>
        new(predicted == 0 ? 0 : (double)matched / predicted, gold == 0 ? 0 : (double)matched / gold);
}