using Microsoft.Data.Sqlite;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Issue 23: writers that cannot race. Two store objects on one file have separate in-process locks and separate
/// connections, as two processes do. One clusters 30 raw VOA articles, the other, at the same time and in the same
/// order, an updated copy of each (so both writers keep reaching for the same events); twenty times over, they must
/// build exactly the events one writer builds, with every mention listed by the event it points at. With candidates
/// read outside the write transaction this fails (each writer opens its own copy of an event). The articles are
/// analysed once; only clustering runs concurrently, which keeps the twenty runs to seconds.
/// </summary>
public sealed class ConcurrentWritersTests(ConcurrentWritersTests.AnalysedCorpus corpus) : IClassFixture<ConcurrentWritersTests.AnalysedCorpus>
{
    [Fact]
    public async Task Two_writers_on_one_store_build_the_events_one_writer_builds_twenty_times_over()
    {
        var expected = await ClusterAsync(writers: 1);
        for (var run = 0; run < 20; run++)
        {
            Assert.Equal(expected, await ClusterAsync(writers: 2));
        }
    }

    [Fact]
    public async Task Concurrent_processors_analyse_each_article_once()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "claims.db");
        var stored = await StoreAsync(db);
        await using var storeA = await SqliteEventStore.OpenAsync(db, TimeProvider.System, default);
        await using var storeB = await SqliteEventStore.OpenAsync(db, TimeProvider.System, default);
        var a = new ArticleEventProcessor(corpus.Pipeline, new EventClusteringService(storeA, storeA, new EventClusterer(), TimeProvider.System), storeA, 1);
        var b = new ArticleEventProcessor(corpus.Pipeline, new EventClusteringService(storeB, storeB, new EventClusterer(), TimeProvider.System), storeB, 1);
        var few = stored.Take(8).ToList();
        await Task.WhenAll(Task.Run(() => a.ProcessAsync(few, default)), Task.Run(() => b.ProcessAsync(few, default)));
        Assert.Equal(few.Count, a.Articles + b.Articles);
        Assert.Equal(few.Count, a.Skipped + b.Skipped);
        var left = await storeA.UnanalyzedArticleIdsAsync(default);
        Assert.DoesNotContain(left, id => few.Exists(f => f.Article.Id == id));
    }

    // Clusters the corpus with 1 or 2 concurrent writers on a fresh store; the events as "id: mention ids" lines.
    private async Task<string> ClusterAsync(int writers)
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "race.db");
        var stored = await StoreAsync(db);
        var stores = new List<SqliteEventStore>();
        try
        {
            for (var w = 0; w < writers; w++)
            {
                stores.Add(await SqliteEventStore.OpenAsync(db, TimeProvider.System, default));
            }

            await Task.WhenAll(stores.Select((store, w) => Task.Run(async () =>
            {
                var service = new EventClusteringService(store, store, new EventClusterer(), TimeProvider.System);
                for (var i = w; i < stored.Count; i += writers)
                {
                    await service.ProcessAsync(stored[i].Article.Id, MentionRecordFactory.FromDocument(corpus.Documents[stored[i].Article.Id], stored[i].Article, stored[i].SyndicatedFrom), default);
                }
            })));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }

        return await SignatureAsync(db);
    }

    private async Task<List<StoredArticle>> StoreAsync(string db)
    {
        await using var articles = await SqliteArticleStore.OpenAsync(db, TimeProvider.System, default);
        await articles.AddArticlesAsync(corpus.Articles, default);
        var stored = new List<StoredArticle>();
        foreach (var article in corpus.Articles)
        {
            stored.Add((await articles.GetArticleAsync(article.Id, default))!);
        }

        return stored;
    }

    private static async Task<string> SignatureAsync(string db)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        await connection.OpenAsync();
        var events = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, fused FROM events";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                events[reader.GetString(0)] = [.. EventStoreJson.Read<FusedEvent>(reader.GetString(1)).MentionIds];
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, event_id FROM mentions";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (mention, eventId) = (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
                Assert.True(eventId is not null && events.TryGetValue(eventId, out var listed) && listed.Contains(mention), $"mention {mention} points at {eventId}, which does not list it");
            }
        }

        return string.Join('\n', events.Select(e => e.Key + ": " + string.Join(' ', e.Value)));
    }

    /// <summary>The raw VOA articles, read and analysed once.</summary>
    public sealed class AnalysedCorpus : IAsyncLifetime
    {
        public AnalysisPipeline Pipeline { get; } = StandardPipeline.Create();

        public List<Article> Articles { get; private set; } = [];

        public Dictionary<string, Document> Documents { get; } = new(StringComparer.Ordinal);

        public async Task InitializeAsync()
        {
            var originals = (await ReaderRun.ReadAllAsync(IngestTestPaths.CorpusArticles("raw-voa"))).Articles().Take(30);
            Articles = [.. originals.SelectMany(a => new[] { a, new Article(a.Id + "-updated", a.Body + "\n\nThis report has been updated.", a.Origin) { Title = a.Title, Published = a.Published, Outlet = a.Outlet } })];
            foreach (var (article, document) in Articles.Zip(AnalysisRunner.Analyze(Pipeline, Articles, 2, null, default)))
            {
                Documents[article.Id] = document;
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}