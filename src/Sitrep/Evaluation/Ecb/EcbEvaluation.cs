namespace Sitrep.Evaluation.Ecb;

/// <summary>The document clustering scores of every method on ECB+.</summary>
/// <param name="Topics">How many topics were run.</param>
/// <param name="Documents">How many documents were clustered.</param>
/// <param name="GoldEvents">How many gold events (topic and sub-topic pairs) the documents report.</param>
/// <param name="Methods">One score per method, in a fixed order: tfidf, sitrep (when it ran), one-per-topic.</param>
/// <param name="SitrepSkipped">Why Sitrep's method did not run, or null when it did.</param>
/// <param name="Elapsed">Wall time of the whole evaluation (not counting reading the corpus).</param>
public sealed record EcbEvaluation(int Topics, int Documents, int GoldEvents, IReadOnlyList<EcbMethodScore> Methods, string? SitrepSkipped, TimeSpan Elapsed);
