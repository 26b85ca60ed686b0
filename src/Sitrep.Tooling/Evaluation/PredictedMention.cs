using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>One article's report of a predicted event: the evidence span in that article's text (EVALUATION.md, "How a predicted event is matched").</summary>
/// <param name="ArticleId">The article id (file name without extension).</param>
/// <param name="Evidence">Offsets of the evidence into the article text given to the scorer in <see cref="EvaluationArticle.Text"/>.</param>
/// <param name="EvidenceText">The evidence as text, shown in the misses.</param>
public sealed record PredictedMention(string ArticleId, TextSpan Evidence, string EvidenceText);