using System.Text.Json;

using Npgsql;

namespace Sitrep.Postgres.Tests;

/// <summary>
/// Issue 21's leftovers on a real server: an article with NUL characters no longer fails its PostgreSQL batch, and a
/// poison article whose claims keep expiring is quarantined after the attempt cap instead of being retried forever.
/// </summary>
public sealed class PostgresLeftoverTests
{
    [Fact]
    public async Task An_article_with_nul_characters_is_stored_with_the_rest_of_its_batch()
    {
        var server = await PostgresServer.GetAsync();
        var database = await server.CreateDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("sitrep-nul-").FullName;
        try
        {
            var db = server.ConnectionString(database);
            var input = Path.Combine(folder, "batch.jsonl");
            File.WriteAllText(input, """
                {"id":"before","text":"Troops arrived in the capital on Friday, officials said."}
                {"id":"nul","text":"Police arrested four men\u0000 in the port city on Saturday, a spokesman said."}
                {"id":"after","text":"Flooding displaced thousands of families in Beira on Monday, the agency said."}
                """);

            var ingest = await SitrepCli.RunAsync("ingest", "--no-analyze", "--json", "--db", db, input);
            var article = await SitrepCli.RunAsync("article", "nul", "--json", "--db", db);

            Assert.True(ingest.ExitCode == 0, ingest.ToString());
            Assert.Equal(3, JsonDocument.Parse(ingest.Stdout).RootElement.GetProperty("new").GetInt32());
            Assert.Contains("NUL character(s) replaced by U+FFFD", ingest.Stderr.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.True(article.ExitCode == 0, article.ToString());
            // The JSON writer may escape U+FFFD; either way it is there, and the NUL is not.
            Assert.True(article.Stdout.Contains("four men\uFFFD in", StringComparison.Ordinal) || article.Stdout.Contains("four men\\uFFFD in", StringComparison.OrdinalIgnoreCase), article.Stdout);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_poison_article_is_quarantined_after_its_attempts_and_the_queue_drains()
    {
        var server = await PostgresServer.GetAsync();
        var database = await server.CreateDatabaseAsync();
        try
        {
            var db = server.ConnectionString(database);
            var store = await SitrepCli.RunAsync(["ingest", "--no-analyze", "--db", db, .. WorkerInputs.Files.Take(2)]);
            Assert.True(store.ExitCode == 0, store.ToString());
            var poison = Path.GetFileNameWithoutExtension(WorkerInputs.Files[0]);
            // The state three crashed workers leave: claimed three times, the last lease passed, never finished.
            await using (var connection = new NpgsqlConnection(db))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("UPDATE work_queue SET attempts = 3, claimed_by = 'crashed', claimed_until = now() - interval '1 second' WHERE article_id = $1", connection);
                command.Parameters.Add(new() { Value = poison });
                Assert.Equal(1, await command.ExecuteNonQueryAsync());
            }

            var worker = await SitrepCli.RunAsync("worker", "--drain", "--json", "--threads", "1", "--max-attempts", "3", "--db", db);
            var listed = await SitrepCli.RunAsync("articles", "--quarantined", "--json", "--db", db);

            Assert.True(worker.ExitCode == 0, worker.ToString());
            var summary = JsonDocument.Parse(worker.Stdout).RootElement;
            Assert.Equal((1, 1), (summary.GetProperty("analysed").GetInt32(), summary.GetProperty("quarantined").GetInt32()));
            Assert.True(listed.ExitCode == 0, listed.ToString());
            var entry = Assert.Single(JsonDocument.Parse(listed.Stdout).RootElement.EnumerateArray());
            Assert.Equal(poison, entry.GetProperty("id").GetString());
            Assert.StartsWith("claimed 3 times by workers that never finished it", entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }
}