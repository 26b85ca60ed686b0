namespace Sitrep.Ingest;

/// <summary>What one poll of a feed found.</summary>
/// <param name="FeedUrl">The feed as polled.</param>
/// <param name="Status">Fetched, not modified since the validators sent, or failed.</param>
/// <param name="Entries">The feed's items, newest first as the feed lists them, at most the cap asked for.</param>
/// <param name="Validators">What to send with the next poll (the old ones when the server sent none).</param>
/// <param name="Failure">Why the poll failed, or null.</param>
/// <param name="Transient">The failure may pass at a later poll (a 5xx, a timeout), rather than being the feed's fault.</param>
/// <param name="ItemsOverCap">Items the feed listed beyond the cap, left for a later poll.</param>
public sealed record FeedFetch(
    string FeedUrl, FeedFetchStatus Status, IReadOnlyList<FeedEntry> Entries, CacheValidators Validators, string? Failure, bool Transient, int ItemsOverCap);

/// <summary>The outcome of one poll of a feed.</summary>
public enum FeedFetchStatus
{
    /// <summary>The feed was fetched and parsed.</summary>
    Fetched,

    /// <summary>The server answered 304: nothing changed since the last poll.</summary>
    NotModified,

    /// <summary>The feed could not be fetched or is not a feed.</summary>
    Failed,
}