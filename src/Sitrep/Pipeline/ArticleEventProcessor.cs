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
    private readonly int threads;

    /// <summary>Creates a processor analysing on <paramref name="threads"/> threads.</summary>
    public ArticleEventProcessor(AnalysisPipeline pipeline, EventClusteringService clustering, int threads)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(clustering);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        this.pipeline = pipeline;
        this.clustering = clustering;
        this.threads = threads;
    }

    /// <summary>
    /// The processor of the standard flow: <paramref name="pipeline"/> (the standard one when null) and clustering
    /// into <paramref name="events"/>, which is both the candidate source and the sink.
    /// </summary>
    public static ArticleEventProcessor Create(IEventStore events, int threads, AnalysisPipeline? pipeline = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var clustering = new EventClusteringService(events, events, new EventClusterer(), timeProvider ?? TimeProvider.System);
        return new ArticleEventProcessor(pipeline ?? StandardPipeline.Create(), clustering, threads);
    }

    /// <summary>Articles analysed so far.</summary>
    public int Articles { get; private set; }

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

        var ordered = articles
            .OrderBy(a => a.Article.Published is null)
            .ThenBy(a => a.Article.Published)
            .ThenBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToList();
        var documents = await Task.Run(() => AnalysisRunner.Analyze(pipeline, [.. ordered.Select(a => a.Article)], threads, null, cancellationToken), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < ordered.Count; i++)
        {
            var outcome = await clustering.ProcessAsync(ordered[i].Article.Id, MentionRecordFactory.FromDocument(documents[i], ordered[i].Article, ordered[i].SyndicatedFrom), cancellationToken).ConfigureAwait(false);
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