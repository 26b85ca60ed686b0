using Sitrep.Clustering;
using Sitrep.Storage;

namespace Sitrep.Pipeline;

/// <summary>
/// What ingest and reprocess do with stored articles: analyse them in parallel (analysis is pure), then cluster their
/// event mentions one article at a time (clustering is ordered and writes). Keeps running totals.
/// </summary>
public sealed class ArticleEventProcessor
{
    private const int StoredBatchSize = 100;

    private readonly AnalysisPipeline pipeline;
    private readonly EventClusteringService clustering;
    private readonly IEventStore events;
    private readonly int threads;
    private readonly TimeSpan timeLimit;
    private readonly List<(string ArticleId, string Reason)> quarantined = [];

    // Who holds this processor's analysis claims (one id per processor, so per process in practice).
    private readonly string owner = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Creates a processor analysing on <paramref name="threads"/> threads, each article within <paramref name="timeLimit"/>
    /// (<see cref="DefaultTimeLimit"/> when null); <paramref name="events"/> holds its claims and quarantine.
    /// </summary>
    public ArticleEventProcessor(AnalysisPipeline pipeline, EventClusteringService clustering, IEventStore events, int threads, TimeSpan? timeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(clustering);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        this.pipeline = pipeline;
        this.clustering = clustering;
        this.events = events;
        this.threads = threads;
        this.timeLimit = timeLimit ?? DefaultTimeLimit;
    }

    /// <summary>
    /// The default time one article's analysis may take: a news report takes well under a second, and the caps on
    /// body and sentence length keep even hostile text to seconds; past this the article is quarantined.
    /// </summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>How long an analysis claim holds before another writer may take it over (its writer presumably died).</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The processor of the standard flow: <paramref name="pipeline"/> (the standard one when null) and clustering
    /// into <paramref name="events"/>, which is both the candidate source and the sink.
    /// </summary>
    public static ArticleEventProcessor Create(IEventStore events, int threads, AnalysisPipeline? pipeline = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var clustering = new EventClusteringService(events, events, new EventClusterer(), timeProvider ?? TimeProvider.System);
        return new ArticleEventProcessor(pipeline ?? StandardPipeline.Create(), clustering, events, threads);
    }

    /// <summary>Articles analysed so far.</summary>
    public int Articles { get; private set; }

    /// <summary>Articles skipped because another writer had analysed or claimed them.</summary>
    public int Skipped { get; private set; }

    /// <summary>Articles quarantined so far (their analysis failed or went over its budget), with the reasons.</summary>
    public IReadOnlyList<(string ArticleId, string Reason)> Quarantined => quarantined;

    /// <summary>Event mentions found so far.</summary>
    public int Mentions { get; private set; }

    /// <summary>Events opened so far (some may since have been absorbed).</summary>
    public int EventsCreated { get; private set; }

    /// <summary>Times a stored event was revised.</summary>
    public int EventsUpdated { get; private set; }

    /// <summary>Events absorbed into others.</summary>
    public int EventsRemoved { get; private set; }

    /// <summary>Analyses and clusters <paramref name="articles"/>, in canonical order (publication date, then id).</summary>
    public async Task ProcessAsync(IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return;
        }

        // Another process on the same store may be analysing some of these (its catch-up, or the same input): each
        // article is claimed first and analysed by the writer that claimed it.
        var claimed = (await events.ClaimForAnalysisAsync([.. articles.Select(a => a.Article.Id)], owner, ClaimLifetime, cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        Skipped += articles.Count(a => !claimed.Contains(a.Article.Id));
        var ordered = articles
            .Where(a => claimed.Contains(a.Article.Id))
            .OrderBy(a => a.Article.Published is null)
            .ThenBy(a => a.Article.Published)
            .ThenBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToList();
        var results = await Task.Run(() => AnalysisRunner.AnalyzeWithinBudget(pipeline, [.. ordered.Select(a => a.Article)], threads, timeLimit, cancellationToken), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (results[i].Document is not { } document)
            {
                await events.QuarantineAsync(ordered[i].Article.Id, results[i].Failure!, cancellationToken).ConfigureAwait(false);
                quarantined.Add((ordered[i].Article.Id, results[i].Failure!));
                continue;
            }

            var outcome = await clustering.ProcessAsync(ordered[i].Article.Id, MentionRecordFactory.FromDocument(document, ordered[i].Article, ordered[i].SyndicatedFrom), cancellationToken).ConfigureAwait(false);
            Articles++;
            Mentions += outcome.Mentions;
            EventsCreated += outcome.Created;
            EventsUpdated += outcome.Updated;
            EventsRemoved += outcome.Removed;
        }
    }

    /// <summary>
    /// Analyses and clusters the stored articles <paramref name="ids"/> (reprocess, and ingest's catch-up of articles
    /// stored without analysis), a hundred at a time; <paramref name="advance"/> hears how many ids each batch covered.
    /// </summary>
    public async Task ProcessStoredAsync(IArticleStore articles, IReadOnlyList<string> ids, Action<int>? advance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var chunk in ids.Chunk(StoredBatchSize))
        {
            var batch = new List<StoredArticle>(chunk.Length);
            foreach (var id in chunk)
            {
                if (await articles.GetArticleAsync(id, cancellationToken).ConfigureAwait(false) is { } stored)
                {
                    batch.Add(stored);
                }
            }

            await ProcessAsync(batch, cancellationToken).ConfigureAwait(false);
            advance?.Invoke(chunk.Length);
        }
    }
}