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

    /// <summary>Loads the standard pipeline (models, gazetteer, actor dictionary) and a processor writing to <paramref name="events"/>.</summary>
    public static ArticleEventProcessor CreateProcessor(IEventStore events, int threads) =>
        new(StandardPipeline.Create(), new EventClusteringService(events, new EventClusterer(), TimeProvider.System), threads);
}