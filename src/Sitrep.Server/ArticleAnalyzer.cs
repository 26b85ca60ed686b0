using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Server;

/// <summary>
/// Re-analyses a stored article for its annotation layers (the store keeps articles and mentions, not layers). The
/// pipeline is built once at start-up and shared: it is immutable and thread-safe, as the analysis runner relies on.
/// </summary>
internal sealed class ArticleAnalyzer(AnalysisPipeline pipeline)
{
    /// <summary>The longest one article page's analysis may take: a client cannot hold a core for minutes.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The article's layers, analysed under the body cap of <see cref="DocumentFactory"/>, the request's cancellation
    /// (a client that goes away stops the work at the next stage) and <see cref="TimeLimit"/>; null when over the limit.
    /// </summary>
    public Document? Analyze(Article article, CancellationToken requestAborted)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        budget.CancelAfter(TimeLimit);
        var document = DocumentFactory.FromArticle(article);
        try
        {
            pipeline.Process(document, budget.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            return null;
        }

        return document;
    }
}