namespace Sitrep.Ingest;

/// <summary>How a URL reached the reader; lists (feeds, OPML) are followed one level only, so they cannot loop.</summary>
internal enum UrlDepth
{
    /// <summary>Named by the user.</summary>
    Named,

    /// <summary>Listed in an OPML file.</summary>
    ListedFeed,

    /// <summary>Linked from a feed item.</summary>
    FeedItem,
}