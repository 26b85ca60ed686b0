using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Sitrep.Postgres.Tests;

/// <summary>
/// <c>sitrep export</c> and <c>sitrep serve</c> on a PostgreSQL store: the same articles ingested into PostgreSQL and
/// into SQLite export the same bytes in every format, and the server answers the same on both.
/// </summary>
public sealed class PostgresServeExportTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-pg-serve-").FullName;
    private PostgresServer? server;
    private string database = "";

    private string Postgres => server!.ConnectionString(database);

    private string Sqlite => Path.Combine(folder, "reference.db");

    public async Task InitializeAsync()
    {
        server = await PostgresServer.GetAsync();
        database = await server.CreateDatabaseAsync();
        var results = await Task.WhenAll(
            SitrepCli.RunAsync(["ingest", "--threads", "1", "--db", Postgres, .. WorkerInputs.Files]),
            SitrepCli.RunAsync(["ingest", "--threads", "1", "--db", Sqlite, .. WorkerInputs.Files]));
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
    }

    public async Task DisposeAsync()
    {
        await server!.DropDatabaseAsync(database);
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("geojson")]
    public async Task Export_from_postgres_equals_export_from_sqlite(string format)
    {
        var fromPostgres = await SitrepCli.RunAsync("export", "--format", format, "--db", Postgres);
        var fromSqlite = await SitrepCli.RunAsync("export", "--format", format, "--db", Sqlite);

        Assert.True(fromPostgres.ExitCode == 0, fromPostgres.ToString());
        Assert.True(fromSqlite.ExitCode == 0, fromSqlite.ToString());
        Assert.True(fromSqlite.Stdout.Length > 200, fromSqlite.ToString()); // the corpus has events to export
        Assert.Equal(Comparable(format, fromSqlite.Stdout), Comparable(format, fromPostgres.Stdout));
    }

    [Fact]
    public async Task Serve_on_postgres_answers_as_on_sqlite()
    {
        string[] paths = ["/healthz", "/api/events?limit=500", "/api/search?q=killed", "/api/actors", "/api/export.csv"];
        var onPostgres = await ServeAsync(Postgres, paths);
        var onSqlite = await ServeAsync(Sqlite, paths);

        Assert.Equal(WorkerInputs.Files.Count, JsonDocument.Parse(onPostgres[0]).RootElement.GetProperty("articles").GetInt32());
        Assert.True(JsonDocument.Parse(onPostgres[1]).RootElement.ToString().Length > 200, onPostgres[1]);
        for (var i = 1; i < paths.Length; i++)
        {
            var format = paths[i].EndsWith(".csv", StringComparison.Ordinal) ? "csv" : "json";
            Assert.True(Comparable(format, onSqlite[i]) == Comparable(format, onPostgres[i]), $"{paths[i]} differs:\nSQLite: {onSqlite[i]}\nPostgreSQL: {onPostgres[i]}");
        }
    }

    // ACLED's timestamp column is when the event was last written, which differs between two stores ingested
    // seconds apart; every other byte must be equal.
    private static string Comparable(string format, string text) => format == "csv" ? WithoutColumn(text, "timestamp") : text;

    // The CSV without the named column (RFC 4180 quoting: commas and line breaks inside quotes belong to the field).
    private static string WithoutColumn(string csv, string name)
    {
        var header = csv[..csv.IndexOf('\n', StringComparison.Ordinal)].TrimEnd('\r').Split(',');
        var skip = Array.IndexOf(header, name);
        Assert.True(skip >= 0, $"no {name} column in {string.Join(',', header)}");
        var kept = new System.Text.StringBuilder(csv.Length);
        var (field, quoted) = (0, false);
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                field = 0;
                kept.Append(c);
                continue;
            }
            else if (!quoted && c == ',')
            {
                field++;
            }

            if (field != skip)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    // Starts 'sitrep serve' on a free loopback port, GETs each path once it answers, and stops it.
    private static async Task<string[]> ServeAsync(string db, string[] paths)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "serve", "--db", db, "--urls", url })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            for (var attempt = 0; attempt < 240 && !process.HasExited; attempt++)
            {
                try
                {
                    await http.GetStringAsync("/healthz");
                    break;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }

            Assert.False(process.HasExited, "serve exited: " + (process.HasExited ? await process.StandardError.ReadToEndAsync() : ""));
            var answers = new string[paths.Length];
            for (var i = 0; i < paths.Length; i++)
            {
                answers[i] = await http.GetStringAsync(paths[i]);
            }

            return answers;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}