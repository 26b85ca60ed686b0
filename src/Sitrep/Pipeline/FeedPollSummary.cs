using Sitrep.Ingest;

namespace Sitrep.Pipeline;

/// <summary>What one poll of one feed did.</summary>
/// <param name="FeedUrl">The feed.</param>
/// <param name="Status">Fetched, not modified, or failed.</param>
/// <param name="Listed">Items the poll looked at (at most the per-poll cap).</param>
/// <param name="New">Articles stored as new or syndicated copies.</param>
/// <param name="Duplicate">Items whose article was already stored (same body, or same link stored by an earlier ingest).</param>
/// <param name="Seen">Items taken or given up in an earlier poll: not read again.</param>
/// <param name="OverCap">Items beyond the per-poll cap, left for later.</param>
/// <param name="Failure">Why the feed itself failed, or null.</param>
/// <param name="ItemFailures">Why items failed (each is retried at later polls until given up).</param>
/// <param name="Stored">The articles stored by this poll, for analysis.</param>
/// <param name="NextPollAt">When the feed is due again.</param>
public sealed record FeedPollSummary(
    string FeedUrl,
    FeedFetchStatus Status,
    int Listed,
    int New,
    int Duplicate,
    int Seen,
    int OverCap,
    string? Failure,
    IReadOnlyList<Diagnostic> ItemFailures,
    IReadOnlyList<Storage.StoredArticle> Stored,
    DateTimeOffset NextPollAt)
{
    /// <summary>True when the feed or one of its items failed.</summary>
    public bool HasFailures => Failure is not null || ItemFailures.Count > 0;
}