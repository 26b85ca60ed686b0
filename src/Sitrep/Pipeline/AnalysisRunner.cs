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
}