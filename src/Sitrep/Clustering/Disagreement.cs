namespace Sitrep.Clustering;

/// <summary>A mention that reports a field differently from the fused value.</summary>
/// <typeparam name="T">The field's type.</typeparam>
/// <param name="MentionId">The disagreeing mention.</param>
/// <param name="Value">What it reports.</param>
public sealed record Disagreement<T>(string MentionId, T Value);