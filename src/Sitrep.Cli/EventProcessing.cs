using System.CommandLine;
using Sitrep.Clustering;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>The analysis-and-clustering setup <c>ingest</c>, <c>reprocess</c> and <c>demo</c> share.</summary>
internal static class EventProcessing
{
    public static Option<int> Threads() => new Option<int>("--threads")
    {
        Description = "Threads for analysis (clustering runs on one).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    }.AtLeast(1);

    private const int BatchSize = 100;

    /// <summary>Analyses and clusters the stored articles <paramref name="ids"/> in batches, reporting each batch's size.</summary>
    public static async Task ProcessStoredAsync(IArticleStore articles, ArticleEventProcessor processor, IReadOnlyList<string> ids, Action<int>? advance, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            var batch = new List<StoredArticle>(chunk.Length);
            foreach (var id in chunk)
            {
                if (await articles.GetArticleAsync(id, ct).ConfigureAwait(false) is { } stored)
                {
                    batch.Add(stored);
                }
            }

            await processor.ProcessAsync(batch, ct).ConfigureAwait(false);
            advance?.Invoke(chunk.Length);
        }
    }

    /// <summary>Names each article the processor quarantined, with the reason, on standard error.</summary>
    public static void ReportQuarantined(CliConsole console, ArticleEventProcessor? processor)
    {
        foreach (var (id, reason) in processor?.Quarantined ?? [])
        {
            console.Error($"{id}: quarantined: {reason} (sitrep reprocess --quarantined retries it)");
        }
    }

    /// <summary>Loads the standard pipeline (models, gazetteer, actor dictionary) and a processor writing to <paramref name="events"/>.</summary>
    public static ArticleEventProcessor CreateProcessor(IEventStore events, int threads) =>
        CreateProcessor(events, threads, StandardPipeline.Create());

    /// <summary>A processor analysing with <paramref name="pipeline"/> (loaded once by a caller that uses it elsewhere too).</summary>
    public static ArticleEventProcessor CreateProcessor(IEventStore events, int threads, AnalysisPipeline pipeline) =>
        new(pipeline, new EventClusteringService(events, new EventClusterer(), TimeProvider.System), threads);
}