using System.CommandLine;
using Sitrep.Pipeline;
using Sitrep.Postgres;
using Sitrep.Server;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the read-only HTTP API and web UI over a store.</summary>
internal static class ServeCommand
{
    public static Option<string[]> Urls() => new("--urls")
    {
        Description = "Addresses to listen on (loopback by default; anything else exposes the store to the network).",
        HelpName = "URL",
        DefaultValueFactory = _ => [ServerOptions.DefaultUrl],
        AllowMultipleArgumentsPerToken = true,
    };

    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var urls = Urls();
        var hosts = new Option<string[]>("--allowed-host")
        {
            Description = "Host names requests may carry (defends against DNS rebinding); by default the hosts of --urls, with localhost for loopback; '*' for any.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(
            "serve",
            """
            Serve the store read-only: a JSON API (/api/events, /api/events/ID, /api/articles/ID, /api/search,
            /api/actors, /api/export.csv|jsonl|geojson, /healthz, OpenAPI at /openapi/v1.json) and a web UI with the
            event list, a map, a timeline and each event's sources side by side. Ctrl+C stops it.

            Examples:
              sitrep serve --db demo/sitrep.db
              sitrep serve --db sitrep.db --urls http://127.0.0.1:8080
            """)
        {
            db, urls, hosts,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetRequiredValue(db);
            return StoreFiles.Exists(console, dbPath)
                ? await ServeAsync(console, dbPath, parse.GetRequiredValue(urls), ct, allowedHosts: parse.GetValue(hosts)).ConfigureAwait(false)
                : ExitCodes.SomeFailed;
        });
        return command;
    }

    /// <summary>Serves <paramref name="dbPath"/> until <paramref name="ct"/> is cancelled (Ctrl+C).</summary>
    public static async Task<int> ServeAsync(CliConsole console, string dbPath, IReadOnlyList<string> urls, CancellationToken ct, AnalysisPipeline? pipeline = null, IReadOnlyList<string>? allowedHosts = null)
    {
        var app = await SitrepServer.BuildAsync(new ServerOptions { DatabasePath = dbPath, Urls = urls, Pipeline = pipeline, AllowedHosts = allowedHosts ?? [] }, cancellationToken: ct).ConfigureAwait(false);
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                console.Error($"cannot listen on {string.Join(", ", urls)}: {ex.Message}");
                return ExitCodes.SomeFailed;
            }

            if (!SitrepServer.IsLoopbackOnly(urls))
            {
                console.Errors.MarkupLine("[yellow]warning:[/] listening beyond loopback: anyone who can reach this machine can read the store.");
            }

            console.Human.MarkupLine($"Serving [blue]{Markup.Escape(StoreOpener.Describe(dbPath))}[/] at [bold]{Markup.Escape(string.Join(", ", urls))}[/] (read-only; Ctrl+C stops).");
            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop cleanly below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}