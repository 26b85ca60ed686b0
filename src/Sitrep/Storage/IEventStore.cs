using Sitrep.Clustering;

namespace Sitrep.Storage;

/// <summary>
/// Where event mentions and fused events live, beside the articles. It implements clustering's two ports (<see cref="IEventCandidateSource"/>,
/// <see cref="IEventSink"/>); one <see cref="IEventSink.ApplyAsync"/> is one transaction.
/// Clustering runs on one writer; reads may run in parallel.
/// </summary>
public interface IEventStore : IEventCandidateSource, ITransactionalEventSink, IAsyncDisposable
{
    /// <summary>
    /// Claims the articles of <paramref name="articleIds"/> that are not analysed yet and not claimed by another live
    /// writer (a claim older than <paramref name="staleAfter"/> is taken over: its writer died), and returns them. Writing
    /// an article's mentions releases its claim. Concurrent ingests thus analyse each article once.
    /// </summary>
    Task<IReadOnlyList<string>> ClaimForAnalysisAsync(IReadOnlyList<string> articleIds, string owner, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>
    /// Marks <paramref name="articleId"/> as quarantined with <paramref name="reason"/> (its analysis failed or went over
    /// its budget) and releases its claim: catch-up skips it until <c>reprocess --quarantined</c> succeeds on it.
    /// </summary>
    Task QuarantineAsync(string articleId, string reason, CancellationToken cancellationToken);

    /// <summary>The quarantined articles, oldest quarantine first.</summary>
    Task<IReadOnlyList<QuarantinedArticle>> QuarantinedArticlesAsync(CancellationToken cancellationToken);

    /// <summary>The quarantine of <paramref name="articleId"/>, or null when it is not quarantined (one look-up, for a server's article page).</summary>
    Task<QuarantinedArticle?> QuarantineOfAsync(string articleId, CancellationToken cancellationToken);

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
    /// clustering them) and that are not quarantined, in canonical order: publication date (unknown last), then id.
    /// </summary>
    Task<IReadOnlyList<string>> UnanalyzedArticleIdsAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every mention, event, alias, decision, block key and analysis mark (revisions are kept), for a full re-process.</summary>
    Task ClearEventsAsync(CancellationToken cancellationToken);
}