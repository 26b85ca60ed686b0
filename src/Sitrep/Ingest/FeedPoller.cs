using System.Runtime.CompilerServices;

namespace Sitrep.Ingest;

/// <summary>
/// One poll of an RSS or Atom feed for <c>sitrep watch</c>: a conditional GET through the reader's fetch policy
/// (<see cref="AddressPolicy"/>, redirects re-checked, size cap, deadlines, retries), the feed parsed into keyed
/// entries, and each entry read on demand (its full text, or its linked page), so a caller fetches only new items.
/// </summary>
public sealed class FeedPoller
{
    private readonly InputReader reader;

    /// <summary>Creates a poller fetching through <paramref name="reader"/> (one per poll round: its deadlines run per reader).</summary>
    public FeedPoller(InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
    }

    /// <summary>Fetches <paramref name="feedUrl"/> (conditionally when <paramref name="validators"/> hold something) and lists at most <paramref name="maxItems"/> entries.</summary>
    public async Task<FeedFetch> FetchAsync(string feedUrl, CacheValidators validators, int maxItems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(validators);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        if (FeedItemArticles.ResolveLink(feedUrl, null) is null)
        {
            return Failed(feedUrl, validators, "not an http(s) URL", transient: false);
        }

        var fetched = await reader.FetchAsync(feedUrl, validators, cancellationToken).ConfigureAwait(false);
        if (fetched.Failure is not null)
        {
            return Failed(feedUrl, validators, fetched.Failure, fetched.Transient);
        }

        var kept = fetched.Validators.Any ? fetched.Validators : validators;
        if (fetched.NotModified)
        {
            return new FeedFetch(feedUrl, FeedFetchStatus.NotModified, [], kept, null, false, 0);
        }

        var decoded = TextDecoder.Decode(fetched.Bytes, feedUrl, fetched.Charset, InputFormat.Feed);
        if (decoded.Text is null)
        {
            return Failed(feedUrl, validators, decoded.Failure!, transient: false);
        }

        var feed = FeedDocument.Parse(decoded.Text, out var failure);
        if (feed is null)
        {
            return Failed(feedUrl, validators, failure!, transient: false);
        }

        // Items resolve against the URL the feed was finally served from, as a browser resolves a page's links.
        var source = new InputSource(feedUrl, ArticleIds.FromUrl(feedUrl), new ArticleOrigin(Url: fetched.FinalUrl));
        var entries = new List<FeedEntry>(Math.Min(maxItems, feed.Items.Count));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < feed.Items.Count && entries.Count < maxItems; i++)
        {
            var item = feed.Items[i];
            var link = FeedItemArticles.ResolveLink(item.Link, fetched.FinalUrl);
            var key = FeedEntry.KeyOf(item, link, feedUrl);
            if (keys.Add(key))
            {
                entries.Add(new FeedEntry(key, link, i + 1, item, feed, source, decoded.Warnings));
            }
        }

        return new FeedFetch(feedUrl, FeedFetchStatus.Fetched, entries, kept, null, false, Math.Max(0, feed.Items.Count - maxItems));
    }

    /// <summary>The article of <paramref name="entry"/>, or the reasons it could not be read.</summary>
    public async IAsyncEnumerable<ReadOutcome> ReadAsync(FeedEntry entry, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await foreach (var outcome in reader.ReadFeedItemAsync(entry.Item, entry.Feed, entry.Source, entry.Number, entry.Warnings, cancellationToken).ConfigureAwait(false))
        {
            yield return outcome;
        }
    }

    private static FeedFetch Failed(string feedUrl, CacheValidators validators, string failure, bool transient) =>
        new(feedUrl, FeedFetchStatus.Failed, [], validators, failure, transient, 0);
}