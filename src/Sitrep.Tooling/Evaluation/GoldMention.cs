namespace Sitrep.Evaluation;

/// <summary>One article's report of a gold event: evidence strings, each an exact substring of the article text inside a sentence reporting the event.</summary>
/// <param name="ArticleId">The article id.</param>
/// <param name="Evidence">One or more evidence strings.</param>
public sealed record GoldMention(string ArticleId, IReadOnlyList<string> Evidence);