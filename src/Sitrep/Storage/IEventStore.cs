using Sitrep.Clustering;

namespace Sitrep.Storage;

/// <summary>
/// Where event mentions and fused events live, beside the articles. It implements clustering's two ports (<see cref="IEventCandidateSource"/>,
/// <see cref="IEventSink"/>); one <see cref="IEventSink.ApplyAsync"/> is one transaction.
/// Clustering runs on one writer; reads may run in parallel.
/// </summary>
public interface IEventStore : IEventCandidateSource, IEventSink, IAsyncDisposable
{
    /// <summary>Events matching <paramref name="query"/>.</summary>
    Task<IReadOnlyList<FusedEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>How many events match <paramref name="query"/> (its limit and offset ignored).</summary>
    Task<int> CountEventsAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>The event with <paramref name="id"/> (or whose alias it is) with mentions, decisions and revisions; null if none.</summary>
    Task<StoredEvent?> GetEventAsync(string id, CancellationToken cancellationToken);

    /// <summary>The mentions of <paramref name="articleId"/>.</summary>
    Task<IReadOnlyList<MentionRecord>> MentionsOfArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>The actors named by stored events, most events first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ActorSummary>> ListActorsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Stored articles whose analysis never committed (stored with --no-analyze, or by a run that stopped before
    /// clustering them), in canonical order: publication date (unknown last), then id.
    /// </summary>
    Task<IReadOnlyList<string>> UnanalyzedArticleIdsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every mention, event, alias, decision, block key and analysis mark (revisions are kept), for a full re-process.</summary>
    Task ClearEventsAsync(CancellationToken cancellationToken);
}