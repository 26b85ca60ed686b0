using Sitrep.Ingest;
using Sitrep.Storage;

namespace Sitrep.Pipeline;

/// <summary>
/// <c>sitrep watch</c>: polls feeds on their own schedules and stores each new item's article once. What it has done
/// lives in the store (<see cref="IFeedStateStore"/>): cache validators for conditional GETs, each feed's next poll and
/// failures (exponential backoff), and every item taken or given up, so a restart fetches nothing it has.
/// </summary>
public sealed class FeedWatcher
{
    private readonly IArticleStore articles;
    private readonly IFeedStateStore state;
    private readonly WatchOptions options;
    private readonly TimeProvider time;
    private readonly Func<IReadOnlyList<StoredArticle>, CancellationToken, Task>? analyse;

    /// <summary>Creates a watcher; <paramref name="analyse"/> (if any) runs on each poll's stored articles before the poll is recorded.</summary>
    public FeedWatcher(
        IArticleStore articles, IFeedStateStore state, WatchOptions options, TimeProvider time, Func<IReadOnlyList<StoredArticle>, CancellationToken, Task>? analyse = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxItemsPerPoll, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxItemAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Interval, TimeSpan.Zero);
        this.articles = articles;
        this.state = state;
        this.options = options;
        this.time = time;
        this.analyse = analyse;
    }

    /// <summary>
    /// Polls every feed: with <paramref name="once"/> each one exactly once, whatever its schedule, then returns;
    /// otherwise each whenever it is due, until cancelled. <paramref name="newPoller"/> gives each round its own
    /// poller, so the fetch deadlines bound a round rather than the whole (endless) watch.
    /// </summary>
    public async Task<IReadOnlyList<FeedPollSummary>> RunAsync(
        IReadOnlyList<string> feeds, Func<FeedPoller> newPoller, bool once, Action<FeedPollSummary>? report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(newPoller);
        var all = new List<FeedPollSummary>();
        while (true)
        {
            var poller = newPoller();
            var earliest = DateTimeOffset.MaxValue;
            foreach (var feed in feeds)
            {
                var due = once ? DateTimeOffset.MinValue : (await state.GetFeedAsync(feed, cancellationToken).ConfigureAwait(false))?.NextPollAt ?? DateTimeOffset.MinValue;
                if (due <= time.GetUtcNow())
                {
                    var summary = await PollAsync(poller, feed, cancellationToken).ConfigureAwait(false);
                    report?.Invoke(summary);
                    if (once)
                    {
                        all.Add(summary);
                    }

                    due = summary.NextPollAt;
                }

                earliest = due < earliest ? due : earliest;
            }

            if (once)
            {
                return all;
            }

            // Woken at the earliest due feed, but at least once per interval so feeds added meanwhile are not starved.
            var wait = earliest - time.GetUtcNow();
            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.Interval ? options.Interval : wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Polls <paramref name="feedUrl"/> now and records what it found.</summary>
    public async Task<FeedPollSummary> PollAsync(FeedPoller poller, string feedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poller);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var before = await state.GetFeedAsync(feedUrl, cancellationToken).ConfigureAwait(false);
        var validators = new CacheValidators(before?.ETag, before?.LastModified);
        var fetch = await poller.FetchAsync(feedUrl, validators, options.MaxItemsPerPoll, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (fetch.Status == FeedFetchStatus.Failed)
        {
            var failures = (before?.Failures ?? 0) + 1;
            var next = options.NextPoll(now, failures);
            await state.SaveFeedAsync(new FeedState(feedUrl, validators.ETag, validators.LastModified, now, next, failures, fetch.Failure), cancellationToken).ConfigureAwait(false);
            return new FeedPollSummary(feedUrl, fetch.Status, 0, 0, 0, 0, 0, fetch.Failure, [], [], next);
        }

        var (summary, items) = fetch.Status == FeedFetchStatus.Fetched
            ? await TakeNewItemsAsync(poller, fetch, cancellationToken).ConfigureAwait(false)
            : (new FeedPollSummary(feedUrl, fetch.Status, 0, 0, 0, 0, 0, null, [], [], default), []);
        if (analyse is not null && summary.Stored.Count > 0)
        {
            await analyse(summary.Stored, cancellationToken).ConfigureAwait(false);
        }

        // Items are recorded after their articles are stored: a crash in between leaves them to be read again, and the
        // store's duplicate check (same body, same link) keeps them from being stored twice.
        await state.SaveItemsAsync(items, cancellationToken).ConfigureAwait(false);
        var nextPoll = options.NextPoll(now, 0);
        await state.SaveFeedAsync(new FeedState(feedUrl, fetch.Validators.ETag, fetch.Validators.LastModified, now, nextPoll, 0, null), cancellationToken).ConfigureAwait(false);
        return summary with { NextPollAt = nextPoll };
    }

    private async Task<(FeedPollSummary Summary, List<FeedItemState> Items)> TakeNewItemsAsync(FeedPoller poller, FeedFetch fetch, CancellationToken cancellationToken)
    {
        var known = await state.GetItemsAsync(fetch.Entries.Select(e => e.Key).ToList(), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var records = new List<FeedItemState>();
        var failures = new List<Diagnostic>();
        var batch = new List<(FeedEntry Entry, Article Article, int Attempts)>();
        int seen = 0, duplicate = 0;
        foreach (var entry in fetch.Entries)
        {
            var earlier = known.GetValueOrDefault(entry.Key);
            if (earlier is not null && earlier.IsSettled(options.MaxItemAttempts))
            {
                seen++;
                continue;
            }

            var attempts = (earlier?.Attempts ?? 0) + 1;
            // A page stored by an earlier ingest (or a crash before its item was recorded) is not fetched again.
            if (entry.LinkedArticleId is { } linked && await articles.GetArticleAsync(linked, cancellationToken).ConfigureAwait(false) is not null)
            {
                duplicate++;
                records.Add(new FeedItemState(entry.Key, fetch.FeedUrl, linked, attempts, null, now));
                continue;
            }

            Article? article = null;
            string? error = null;
            await foreach (var outcome in poller.ReadAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                switch (outcome)
                {
                    case ArticleRead read when article is null:
                        article = read.Article;
                        break;
                    case ReadFailed failed:
                        failures.Add(failed.Diagnostic);
                        error ??= failed.Diagnostic.Message;
                        break;
                }
            }

            if (article is not null)
            {
                batch.Add((entry, article, attempts));
            }
            else
            {
                records.Add(new FeedItemState(entry.Key, fetch.FeedUrl, null, attempts, error ?? "no article read", now));
            }
        }

        var stored = new List<StoredArticle>();
        if (batch.Count > 0)
        {
            var outcomes = await articles.AddArticlesAsync(batch.Select(b => b.Article).ToList(), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < outcomes.Count; i++)
            {
                var outcome = outcomes[i];
                if (outcome.Kind == StoreOutcomeKind.Duplicate)
                {
                    duplicate++;
                }
                else if (outcome.Stored is { } article)
                {
                    stored.Add(article);
                }

                records.Add(new FeedItemState(batch[i].Entry.Key, fetch.FeedUrl, outcome.ArticleId, batch[i].Attempts, null, now));
            }
        }

        var summary = new FeedPollSummary(fetch.FeedUrl, fetch.Status, fetch.Entries.Count, stored.Count, duplicate, seen, fetch.ItemsOverCap, null, failures, stored, default);
        return (summary, records);
    }
}