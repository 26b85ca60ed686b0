using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>The analysis option <c>ingest</c> and <c>reprocess</c> share; the processing itself is <see cref="Sitrep.Pipeline.ArticleEventProcessor"/>.</summary>
internal static class EventProcessing
{
    public static Option<int> Threads() => new Option<int>("--threads")
    {
        Description = "Threads for analysis (clustering runs on one).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    }.AtLeast(1);

    /// <summary>Names each article the processor quarantined, with the reason, on standard error.</summary>
    public static void ReportQuarantined(CliConsole console, Sitrep.Pipeline.ArticleEventProcessor? processor)
    {
        foreach (var (id, reason) in processor?.Quarantined ?? [])
        {
            console.Error($"{id}: quarantined: {reason} (sitrep reprocess --quarantined retries it)");
        }
    }
}