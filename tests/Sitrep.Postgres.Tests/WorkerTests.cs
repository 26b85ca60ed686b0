using System.Text.Json;

using Npgsql;

namespace Sitrep.Postgres.Tests;

/// <summary>
/// Several <c>sitrep worker</c> processes on one PostgreSQL queue store exactly the events of one sequential ingest,
/// whatever the number of workers and the order the articles were stored in; a worker killed mid-article loses nothing.
/// Each test uses its own database on the shared test server.
/// </summary>
public sealed class WorkerTests
{
    [Theory]
    [InlineData(1, "forward")]
    [InlineData(2, "backward")]
    [InlineData(4, "forward")]
    [InlineData(4, "backward")]
    public async Task Workers_store_the_events_of_one_sequential_ingest(int workers, string order)
    {
        var server = await PostgresServer.GetAsync();
        var database = await server.CreateDatabaseAsync();
        try
        {
            var db = server.ConnectionString(database);
            var store = await SitrepCli.RunAsync(["ingest", "--no-analyze", "--batch-size", "1", "--db", db, .. WorkerInputs.InOrder(order)]);
            Assert.True(store.ExitCode == 0, store.ToString());

            var running = Enumerable.Range(0, workers)
                .Select(_ => SitrepCli.Start("worker", "--drain", "--db", db, "--batch-size", "1", "--threads", "1", "--json"))
                .ToList();
            var results = await Task.WhenAll(running.Select(r => r.WaitAsync()));

            Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
            var analysed = results.Sum(r => JsonDocument.Parse(r.Stdout).RootElement.GetProperty("analysed").GetInt32());
            Assert.Equal(WorkerInputs.Files.Count, analysed);
            var events = await WorkerInputs.EventsJsonAsync(db);
            Assert.Equal(await WorkerInputs.ExpectedEventsAsync(), events);
            Assert.Contains("\"independent_sources\":2", events.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task An_ingest_that_analyses_on_postgres_stores_the_events_of_one_on_sqlite()
    {
        var server = await PostgresServer.GetAsync();
        var database = await server.CreateDatabaseAsync();
        try
        {
            var db = server.ConnectionString(database);

            var ingest = await SitrepCli.RunAsync(["ingest", "--db", db, "--threads", "1", "--json", .. WorkerInputs.InOrder("backward")]);

            Assert.True(ingest.ExitCode == 0, ingest.ToString());
            Assert.Equal(WorkerInputs.Files.Count, JsonDocument.Parse(ingest.Stdout).RootElement.GetProperty("analysed").GetInt32());
            Assert.Equal(await WorkerInputs.ExpectedEventsAsync(), await WorkerInputs.EventsJsonAsync(db));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task A_worker_killed_mid_article_loses_nothing_and_its_articles_are_retried()
    {
        var server = await PostgresServer.GetAsync();
        var database = await server.CreateDatabaseAsync();
        try
        {
            var db = server.ConnectionString(database);
            var store = await SitrepCli.RunAsync(["ingest", "--no-analyze", "--db", db, .. WorkerInputs.Files]);
            Assert.True(store.ExitCode == 0, store.ToString());

            // Four articles a claim: the worker analyses all four before clustering the first, so a kill right after
            // its claim lands mid-article with work claimed and nothing of it committed.
            var victim = SitrepCli.Start("worker", "--db", db, "--batch-size", "4", "--threads", "1", "--lease", "3");
            var claimed = await WaitForClaimAsync(db, victim);
            await victim.KillHardAsync();
            var lost = await PendingAsync(db, claimed);
            Assert.NotEmpty(lost);

            var rescuer = await SitrepCli.RunAsync("worker", "--drain", "--db", db, "--threads", "1", "--lease", "3", "--json");

            Assert.True(rescuer.ExitCode == 0, rescuer.ToString());
            Assert.Empty(await PendingAsync(db, [.. WorkerInputs.Files.Select(f => Path.GetFileNameWithoutExtension(f))]));
            Assert.Equal(await WorkerInputs.ExpectedEventsAsync(), await WorkerInputs.EventsJsonAsync(db));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    // The articles the worker process holds a live claim on, once it has one.
    private static async Task<string[]> WaitForClaimAsync(string db, SitrepCli.RunningSitrep worker)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(worker.HasExited, "the worker exited before claiming anything");
            await using var command = new NpgsqlCommand("SELECT article_id FROM work_queue WHERE claimed_by LIKE $1 AND claimed_until > now()", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = "%:" + worker.Id });
            var ids = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    ids.Add(reader.GetString(0));
                }
            }

            if (ids.Count > 0)
            {
                return [.. ids];
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("the worker claimed nothing in 3 minutes");
    }

    // Which of the articles are still waiting for analysis.
    private static async Task<string[]> PendingAsync(string db, string[] articleIds)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT a.id FROM articles a WHERE a.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM analyzed_articles x WHERE x.article_id = a.id)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = articleIds });
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return [.. ids];
    }
}