namespace Sitrep.Evaluation;

/// <summary>An accuracy as its counts: <paramref name="Correct"/> of <paramref name="Total"/>, and their ratio.</summary>
/// <param name="Correct">How many were right.</param>
/// <param name="Total">How many were scored.</param>
public readonly record struct EvaluationRatio(int Correct, int Total)
{
    /// <summary><c>Correct / Total</c>, and 0 when nothing was scored (so a run that aligns nothing never reads as perfect).</summary>
    public double Value => Total == 0 ? 0 : (double)Correct / Total;

    /// <inheritdoc/>
    public override string ToString() => $"{Correct}/{Total}";
}