using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Pipeline;

/// <summary>Measures whole-pipeline throughput: one warm-up pass (JIT, lazy resources), then timed repeats.</summary>
public static class ThroughputMeter
{
    /// <summary>Analyses <paramref name="articles"/> <paramref name="repeat"/> times on <paramref name="threads"/> threads.</summary>
    /// <param name="pipeline">The pipeline to measure.</param>
    /// <param name="articles">The corpus, already read into memory so that I/O is not measured.</param>
    /// <param name="repeat">Timed passes over the corpus.</param>
    /// <param name="threads">Analysis threads.</param>
    /// <param name="countTokens">Tokens of an analysed document (from its token layer).</param>
    /// <param name="cancellationToken">Stops between articles.</param>
    public static ThroughputReport Measure(
        AnalysisPipeline pipeline, IReadOnlyList<Article> articles, int repeat, int threads, Func<Document, int> countTokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(countTokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        var warmUp = AnalysisRunner.Analyze(pipeline, articles, threads, null, cancellationToken);
        var tokens = warmUp.Sum(d => (long)countTokens(d));
        var timings = new StageTimings([.. pipeline.Stages.Select(s => s.Name)]);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < repeat; i++)
        {
            AnalysisRunner.Analyze(pipeline, articles, threads, timings, cancellationToken);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new ThroughputReport(articles.Count, tokens, repeat, threads, elapsed, self.PeakWorkingSet64 / (1024.0 * 1024.0), timings.ToDictionary());
    }
}