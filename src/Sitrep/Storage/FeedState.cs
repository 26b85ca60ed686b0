namespace Sitrep.Storage;

/// <summary>One watched feed between polls.</summary>
/// <param name="Url">The feed's URL as given to <c>sitrep watch</c>.</param>
/// <param name="ETag">The ETag of its last successful response, for If-None-Match.</param>
/// <param name="LastModified">The Last-Modified of its last successful response, for If-Modified-Since.</param>
/// <param name="LastPolledAt">When it was last polled.</param>
/// <param name="NextPollAt">When it is due again (later after each failure in a row: backoff).</param>
/// <param name="Failures">Failed polls in a row (0 after a success).</param>
/// <param name="LastError">Why the last poll failed, or null.</param>
public sealed record FeedState(
    string Url, string? ETag, string? LastModified, DateTimeOffset LastPolledAt, DateTimeOffset NextPollAt, int Failures, string? LastError);

/// <summary>One feed item watch has seen.</summary>
/// <param name="Key">The item's key (its link, else its guid within the feed, else its text's hash).</param>
/// <param name="FeedUrl">The feed that listed it first.</param>
/// <param name="ArticleId">The article stored for it (or the stored copy it duplicates); null while it has failed.</param>
/// <param name="Attempts">How many polls tried to read it.</param>
/// <param name="LastError">Why the last attempt failed, or null.</param>
/// <param name="SeenAt">When it was last tried.</param>
public sealed record FeedItemState(string Key, string FeedUrl, string? ArticleId, int Attempts, string? LastError, DateTimeOffset SeenAt)
{
    /// <summary>True when nothing more will be done for the item: it is stored, or it failed <paramref name="maxAttempts"/> times.</summary>
    public bool IsSettled(int maxAttempts) => ArticleId is not null || Attempts >= maxAttempts;
}