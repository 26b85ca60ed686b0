using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>One article's analysis: the document, or why there is none (the article is then quarantined).</summary>
/// <param name="Document">The analysed document; null when the analysis failed or went over its budget.</param>
/// <param name="Failure">Why the analysis has no document; null when it succeeded.</param>
public sealed record AnalysisResult(Document? Document, string? Failure);