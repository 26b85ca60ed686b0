using Sitrep.Tests;

namespace Sitrep.Postgres.Tests;

/// <summary>
/// The articles the worker tests process: the two seed reports (one strike told twice) and the ten VOA reports of the
/// dev-voa corpus, and the events one sequential SQLite <c>ingest</c> of them gives, which every worker run must equal.
/// </summary>
internal static class WorkerInputs
{
    private static readonly Lazy<Task<string>> Expected = new(IngestSequentiallyAsync);

    /// <summary>The article files in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        .. new[] { "dev", "dev-voa" }
            .SelectMany(c => Directory.GetFiles(Path.Combine(TestPaths.Corpus(c), "articles")))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The files in the given order ("forward" or "backward").</summary>
    public static string[] InOrder(string order) => order == "backward" ? [.. Files.Reverse()] : [.. Files];

    /// <summary><c>events --json</c> after one sequential ingest into SQLite.</summary>
    public static Task<string> ExpectedEventsAsync() => Expected.Value;

    /// <summary><c>events --json</c> of the store <paramref name="db"/>, every event.</summary>
    public static async Task<string> EventsJsonAsync(string db)
    {
        var events = await SitrepCli.RunAsync("events", "--db", db, "--json", "--limit", "100000");
        Assert.True(events.ExitCode == 0, events.ToString());
        return events.Stdout;
    }

    private static async Task<string> IngestSequentiallyAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitrep-worker-ref-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var db = Path.Combine(folder, "reference.db");
            var ingest = await SitrepCli.RunAsync(["ingest", "--db", db, "--threads", "1", .. Files]);
            Assert.True(ingest.ExitCode == 0, ingest.ToString());
            return await EventsJsonAsync(db);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}