using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Pipeline;

/// <summary>
/// Runs the analysis pipeline over many articles on several threads. Analysis of one article depends only on that
/// article and read-only resources, so articles are independent work items.
/// </summary>
public static class AnalysisRunner
{
    /// <summary>Analyses every article; the documents come back in input order.</summary>
    public static IReadOnlyList<Document> Analyze(
        AnalysisPipeline pipeline, IReadOnlyList<Article> articles, int threads, StageTimings? timings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var documents = new Document[articles.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, articles.Count, options, i =>
        {
            var document = DocumentFactory.FromArticle(articles[i]);
            if (timings is null)
            {
                pipeline.Process(document);
            }
            else
            {
                pipeline.Process(document, timings);
            }

            documents[i] = document;
        });
        return documents;
    }

    /// <summary>
    /// Analyses every article within <paramref name="timeLimit"/> each; the results come back in input order. An article
    /// whose analysis throws or runs past its limit comes back with the reason instead of a document, so one bad
    /// article fails alone (its caller quarantines it) and the others are analysed.
    /// </summary>
    public static IReadOnlyList<AnalysisResult> AnalyzeWithinBudget(
        AnalysisPipeline pipeline, IReadOnlyList<Article> articles, int threads, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var results = new AnalysisResult[articles.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, articles.Count, options, i =>
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(timeLimit);
            try
            {
                var document = DocumentFactory.FromArticle(articles[i]);
                pipeline.Process(document, budget.Token);
                results[i] = new AnalysisResult(document, null);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                results[i] = new AnalysisResult(null, $"analysis took longer than its {timeLimit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s budget");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug met on one article's text: that article is set aside with the error, the run goes on.
                results[i] = new AnalysisResult(null, $"analysis failed: {ex.GetType().Name}: {ex.Message}");
            }
        });
        return results;
    }
}