namespace Sitrep.Evaluation;

/// <summary>The outcome of <see cref="CorpusEvaluator.EvaluateAsync"/>: a report, or the diagnostics that prevented one.</summary>
/// <param name="Report">The scores, or null when the gold file could not be read.</param>
/// <param name="Diagnostics">Problems with the gold file or the articles (warnings included).</param>
public sealed record CorpusEvaluation(EvaluationReport? Report, IReadOnlyList<Diagnostic> Diagnostics);