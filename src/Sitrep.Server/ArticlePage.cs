namespace Sitrep.Server;

/// <summary>What analysing an article for its page gave: the document's JSON, or why there is none.</summary>
/// <param name="DocumentJson">The analysed document as <c>sitrep analyze --json</c> writes it; null on failure.</param>
/// <param name="Failure">Why there is no document ("time_budget", or "analysis failed: …"); null on success.</param>
/// <param name="RetryAfter">For an overrun, when the article may be analysed again.</param>
internal sealed record ArticlePage(byte[]? DocumentJson, string? Failure, TimeSpan? RetryAfter)
{
    public const string OverBudget = "time_budget";

    public static ArticlePage Analysed(byte[] json) => new(json, null, null);

    public static ArticlePage OverTime(TimeSpan retryAfter) => new(null, OverBudget, retryAfter);

    public static ArticlePage Failed(string reason) => new(null, reason, null);
}