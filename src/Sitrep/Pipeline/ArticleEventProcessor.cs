using Sitrep.Clustering;
using Sitrep.Storage;

namespace Sitrep.Pipeline;

/// <summary>
/// What ingest and reprocess do with stored articles: analyse them in parallel (analysis is pure), then cluster their
/// event mentions one article at a time (clustering is ordered and writes). Keeps running totals.
/// </summary>
public sealed class ArticleEventProcessor
{
    private readonly AnalysisPipeline pipeline;
    private readonly EventClusteringService clustering;
    private readonly int threads;
    private readonly TimeSpan timeLimit;

    /// <summary>
    /// The default time one article's analysis may take: a news report takes well under a second, and the caps on
    /// body and sentence length keep even hostile text to seconds; past this the article is quarantined.
    /// </summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>Creates a processor analysing on <paramref name="threads"/> threads.</summary>
    public ArticleEventProcessor(AnalysisPipeline pipeline, EventClusteringService clustering, int threads)
        : this(pipeline, clustering, threads, DefaultTimeLimit)
    {
    }

    /// <summary>Creates a processor whose analysis of one article may take at most <paramref name="timeLimit"/>.</summary>
    public ArticleEventProcessor(AnalysisPipeline pipeline, EventClusteringService clustering, int threads, TimeSpan timeLimit)
    {
        this.timeLimit = timeLimit;
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(clustering);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        this.pipeline = pipeline;
        this.clustering = clustering;
        this.threads = threads;
    }

    /// <summary>Articles analysed so far.</summary>
    public int Articles { get; private set; }

    /// <summary>Articles skipped because another writer had analysed or claimed them.</summary>
    public int Skipped { get; private set; }

    /// <summary>Articles quarantined so far (their analysis failed or went over its budget), with the reasons.</summary>
    public IReadOnlyList<(string ArticleId, string Reason)> Quarantined => quarantined;

    private readonly List<(string ArticleId, string Reason)> quarantined = [];

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
        var claimed = (await clustering.ClaimForAnalysisAsync([.. articles.Select(a => a.Article.Id)], cancellationToken).ConfigureAwait(false))
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
                await clustering.QuarantineAsync(ordered[i].Article.Id, results[i].Failure!, cancellationToken).ConfigureAwait(false);
                quarantined.Add((ordered[i].Article.Id, results[i].Failure!));
                continue;
            }

            var outcome = await clustering.ProcessAsync(ordered[i], document, cancellationToken).ConfigureAwait(false);
            Articles++;
            Mentions += outcome.Mentions;
            EventsCreated += outcome.Created;
            EventsUpdated += outcome.Updated;
            EventsRemoved += outcome.Removed;
        }
    }
}