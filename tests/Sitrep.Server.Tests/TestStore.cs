using Sitrep.Clustering;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Server.Tests;

/// <summary>A store in a temporary folder filled by the real pipeline (ingest, analysis, clustering), as 'sitrep demo' does.</summary>
internal sealed class TestStore : IDisposable
{
    private TestStore(string folder) => Folder = folder;

    /// <summary>The standard pipeline, loaded once for every store and server of the test run.</summary>
    public static Lazy<AnalysisPipeline> Pipeline { get; } = new(StandardPipeline.Create);

    public string Folder { get; }

    public string DbPath => Path.Combine(Folder, "sitrep.db");

    public static async Task<TestStore> CreateAsync(IReadOnlyList<string> inputs)
    {
        var store = new TestStore(Directory.CreateTempSubdirectory("sitrep-server-tests-").FullName);
        using var http = InputReader.CreateHttpClient();
        await using var articles = await SqliteArticleStore.OpenAsync(store.DbPath, TimeProvider.System, default);
        await using var events = await SqliteEventStore.OpenAsync(store.DbPath, TimeProvider.System, default);
        var processor = ArticleEventProcessor.Create(events, 2, Pipeline.Value);
        var summary = await new IngestRunner(new InputReader(http), articles, events: processor).RunAsync(inputs, null, default);
        if (summary.Failed > 0)
        {
            throw new InvalidOperationException("ingest failed: " + string.Join("; ", summary.Failures));
        }

        return store;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL for a moment; the temp folder is cleaned by the OS.
        }
    }
}