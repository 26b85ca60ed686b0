using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Json;
using Sitrep.Pipeline;

namespace Sitrep.Server;

/// <summary>
/// Analyses a stored article for its page's annotation layers (the store keeps articles and mentions, not layers) as
/// ingest does: the body cap of <see cref="DocumentFactory"/>, a time budget, and the request's cancellation, checked
/// inside the stages. The pipeline is built once at start-up and shared: it is immutable and thread-safe, as the
/// analysis runner relies on. Documents are cached (<see cref="ArticleDocumentCache"/>) and overruns remembered
/// (<see cref="OverBudgetArticles"/>).
/// </summary>
internal sealed class ArticleAnalyzer(AnalysisPipeline pipeline, TimeSpan timeLimit, TimeProvider time, ArticleDocumentCache cache)
{
    private readonly OverBudgetArticles overBudget = new(time);

    /// <summary>The longest one article page's analysis may take, unless the server is told otherwise.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(20);

    public TimeSpan TimeLimit => timeLimit;

    /// <summary>
    /// The article's document JSON, or the reason there is none. Throws <see cref="OperationCanceledException"/> when
    /// <paramref name="requestAborted"/> ends the work (the client went away: nobody is left to answer).
    /// </summary>
    public ArticlePage Analyze(Article article, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (cache.TryGet(article, out var cached))
        {
            return ArticlePage.Analysed(cached);
        }

        if (overBudget.RetryAfter(article) is { } wait)
        {
            return ArticlePage.OverTime(wait);
        }

        using var timeout = new CancellationTokenSource(timeLimit, time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, timeout.Token);
        var document = DocumentFactory.FromArticle(article);
        try
        {
            pipeline.Process(document, budget.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            overBudget.Add(article);
            return ArticlePage.OverTime(OverBudgetArticles.Memory);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug met on this article's text: its page says so, the server goes on (ingest quarantines such articles).
            return ArticlePage.Failed($"analysis failed: {ex.GetType().Name}");
        }

        using var json = new MemoryStream();
        DocumentJsonWriter.Write(json, document);
        var bytes = json.ToArray();
        cache.Add(article, bytes);
        return ArticlePage.Analysed(bytes);
    }
}