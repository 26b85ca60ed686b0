using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

using Microsoft.Data.Sqlite;

using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>
/// Crash safety tested by killing a writer mid-run, as SQLite's own suite does (https://sqlite.org/howtocorrupt.html):
/// the store must hold whole batches only, at least up to the last acknowledged one, and a second run must finish cleanly.
/// </summary>
public sealed partial class StoreCrashTests : IDisposable
{
    // Enough batches that the writer is still writing when the kill lands, on a quiet machine too (60 once finished first).
    private const int Batches = 300;
    private const int BatchSize = 20;
    private const int BandsPerArticle = 32;

    private readonly string folder = StoreTestFiles.NewTempFolder();

    private string DbPath => Path.Combine(folder, "crash.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 9)]
    [InlineData(5, 23)]
    public async Task A_writer_killed_mid_run_leaves_whole_batches_and_the_next_run_completes(int killAfterBatch, int extraDelayMs)
    {
        var lastAcknowledged = await RunAndKillAsync(killAfterBatch, extraDelayMs);

        var stored = await CheckWholeBatchesAsync();
        Assert.InRange(stored, (lastAcknowledged + 1) * BatchSize, (lastAcknowledged + 2) * BatchSize);
        Assert.True(stored < Batches * BatchSize, "the writer finished before it was killed; the test proved nothing");

        var (exitCode, output) = await RunToEndAsync();
        Assert.Equal(0, exitCode);
        Assert.Contains($"done new={(Batches * BatchSize) - stored} duplicate={stored} syndicated=0", output, StringComparison.Ordinal);
        Assert.Equal(Batches * BatchSize, await CheckWholeBatchesAsync());
    }

    private async Task<int> RunAndKillAsync(int killAfterBatch, int extraDelayMs)
    {
        using var process = StartHost();
        var lastAcknowledged = -1;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (lastAcknowledged < killAfterBatch && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lastAcknowledged = Acknowledged(line) ?? lastAcknowledged;
        }

        Assert.Equal(killAfterBatch, lastAcknowledged);
        if (extraDelayMs > 0)
        {
            await Task.Delay(extraDelayMs);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(timeout.Token);

        // Lines printed before the kill are acknowledgements too.
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lastAcknowledged = Acknowledged(line) ?? lastAcknowledged;
        }

        return lastAcknowledged;
    }

    private async Task<(int ExitCode, string Output)> RunToEndAsync()
    {
        using var process = StartHost();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, output);
    }

    // Opens the store (as the next run would) and checks that every stored article is whole and that batches are
    // either entirely present or entirely absent, in order. Returns the article count.
    private async Task<int> CheckWholeBatchesAsync()
    {
        int count;
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, TimeProvider.System, default))
        {
            count = await store.CountArticlesAsync(default);
        }

        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
        // FTS5's own check; rank 1 also compares the index with the external content table (https://sqlite.org/fts5.html#the_integrity_check_command).
        await ScalarAsync(connection, "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM articles WHERE length(body) = 0 OR title IS NULL OR minhash IS NULL"));
        Assert.Equal(0L, await ScalarAsync(connection, $"SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM minhash_bands b WHERE b.article_id = a.id) <> {BandsPerArticle}"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM minhash_bands b WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = b.article_id)"));
        // Each body starts with its id without dashes: a unique token that the FTS index must find for that very row.
        Assert.Equal(0L, await ScalarAsync(connection, """
            SELECT COUNT(*) FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM articles_fts f WHERE articles_fts MATCH ('"' || replace(a.id, '-', '') || '"') AND f.rowid = a.seq)
            """));

        var perBatch = new List<long>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT CAST(substr(id, 7, 4) AS INTEGER) AS batch, COUNT(*) FROM articles GROUP BY batch ORDER BY batch";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Assert.Equal(perBatch.Count, reader.GetInt32(0));
                perBatch.Add(reader.GetInt64(1));
            }
        }

        Assert.All(perBatch, n => Assert.Equal(BatchSize, n));
        Assert.Equal(count, perBatch.Count * BatchSize);
        return count;
    }

    private Process StartHost()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { HostDll(), DbPath, Batches.ToString(CultureInfo.InvariantCulture), BatchSize.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the crash host.");
    }

    // The host is built beside this project (a ProjectReference without the assembly); use the same configuration.
    private static string HostDll()
    {
        // AppContext.BaseDirectory is …/bin/<configuration>/<framework>/.
        var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = framework.Parent?.Name ?? "Debug";
        var host = Path.Combine(StoreTestFiles.RepositoryRoot, "tests", "Sitrep.StoreCrashHost", "bin", configuration, framework.Name, "Sitrep.StoreCrashHost.dll");
        return File.Exists(host) ? host : throw new FileNotFoundException("Build tests/Sitrep.StoreCrashHost first.", host);
    }

    private static int? Acknowledged(string line)
    {
        var match = CommittedLine().Match(line);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [GeneratedRegex(@"^committed (\d+)$")]
    private static partial Regex CommittedLine();
}