namespace Sitrep.Ingest;

/// <summary>One item of a polled feed, named by a key that stays the same across polls and restarts.</summary>
public sealed class FeedEntry
{
    internal FeedEntry(string key, string? link, int number, FeedItem item, FeedDocument feed, InputSource source, IReadOnlyList<Diagnostic> warnings)
    {
        Key = key;
        Link = link;
        Number = number;
        Item = item;
        Feed = feed;
        Source = source;
        Warnings = warnings;
    }

    /// <summary>
    /// The item's identity: its absolute link, else its guid (or Atom id) within the feed, else the hash of its text.
    /// Two polls of a feed give an unchanged item the same key.
    /// </summary>
    public string Key { get; }

    /// <summary>The item's absolute http(s) link, if any.</summary>
    public string? Link { get; }

    /// <summary>The item's position in the feed document (1-based), for diagnostics.</summary>
    public int Number { get; }

    /// <summary>
    /// The id the item's article is stored under when it comes from its link (<see cref="ArticleIds.FromUrl"/>), or null;
    /// an article stored under it already (by an earlier ingest of the page) need not be fetched again.
    /// </summary>
    public string? LinkedArticleId => Link is null ? null : ArticleIds.FromUrl(Link);

    internal FeedItem Item { get; }

    internal FeedDocument Feed { get; }

    internal InputSource Source { get; }

    internal IReadOnlyList<Diagnostic> Warnings { get; }

    internal static string KeyOf(FeedItem item, string? link, string feedUrl) =>
        link ?? (item.Guid is { } guid ? $"guid:{feedUrl} {guid}" : "sha:" + BodyText.Hash(item.Title + "\n" + item.Text));
}