using System.Text.Json;
using Sitrep.Tests.Watch;

namespace Sitrep.Postgres.Tests;

/// <summary>
/// <c>sitrep watch --db postgres://…</c>: the same polls of one local feed store the same articles and events in
/// PostgreSQL as in SQLite, and the watch state in PostgreSQL survives a restart (a 304, nothing fetched again).
/// </summary>
public sealed class PostgresWatchTests
{
    [Fact]
    public async Task Watch_on_postgres_stores_what_it_stores_on_sqlite_and_resumes_from_its_state()
    {
        var server = await PostgresServer.GetAsync();
        var database = await server.CreateDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("sitrep-watch-pg-").FullName;
        try
        {
            var postgres = server.ConnectionString(database);
            var sqlite = Path.Combine(folder, "watch.db");
            await using var feed = new FeedServer();
            feed.Page("a", "Kasese");
            feed.Page("b", "Goma");
            feed.Page("c", "Bunia");
            string[] Watch(string db) => ["watch", "--once", "--json", "--allow-loopback", "--host-interval-ms", "0", "--threads", "1", "--db", db, feed.FeedUrl];

            feed.SetFeed("v1", "a", "b");
            var firstPg = await SitrepCli.RunAsync(Watch(postgres));
            var firstSqlite = await SitrepCli.RunAsync(Watch(sqlite));
            var restartedPg = await SitrepCli.RunAsync(Watch(postgres));
            feed.SetFeed("v2", "c", "a", "b");
            var changedPg = await SitrepCli.RunAsync(Watch(postgres));
            var changedSqlite = await SitrepCli.RunAsync(Watch(sqlite));

            foreach (var run in new[] { firstPg, firstSqlite, restartedPg, changedPg, changedSqlite })
            {
                Assert.True(run.ExitCode == 0, run.ToString());
            }

            Assert.Equal(2, Poll(firstPg).GetProperty("new").GetInt32());
            Assert.Equal("not_modified", Poll(restartedPg).GetProperty("status").GetString());
            Assert.Equal((1, 2), (Poll(changedPg).GetProperty("new").GetInt32(), Poll(changedPg).GetProperty("seen").GetInt32()));
            Assert.Equal((2, 2, 2), (feed.Hits("a"), feed.Hits("b"), feed.Hits("c"))); // once per store
            Assert.Equal(await WorkerInputs.EventsJsonAsync(sqlite), await WorkerInputs.EventsJsonAsync(postgres));
            Assert.Contains("Bunia", await WorkerInputs.EventsJsonAsync(postgres), StringComparison.Ordinal);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonElement Poll(SitrepResult run) =>
        JsonDocument.Parse(Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
}