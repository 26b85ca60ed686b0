using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// An article's text and its sentences as the scorer needs them: gold evidence strings are found in <paramref name="Text"/>
/// and widened to the sentences that hold them; predicted evidence spans are offsets into the same text.
/// </summary>
/// <param name="Id">The article id.</param>
/// <param name="Text">The text all offsets point into (the body, as the pipeline analysed it).</param>
/// <param name="Sentences">The sentence spans, in order; may be empty, in which case a gold mention is matched on its evidence strings alone.</param>
public sealed record EvaluationArticle(string Id, string Text, IReadOnlyList<TextSpan> Sentences);