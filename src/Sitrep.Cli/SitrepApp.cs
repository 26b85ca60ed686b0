using System.CommandLine;
using Sitrep.Cli.Commands;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>The <c>sitrep</c> command: its verbs, and the mapping of outcomes to exit codes.</summary>
internal static class SitrepApp
{
    public static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand(
            """
            Sitrep turns news reports into a deduplicated, source-attributed database of events.

            Examples:
              sitrep demo                                  ingest the bundled sample corpus and show it
              sitrep ingest ./articles feed.xml https://example.org/story.html
              sitrep articles --search Sucumbios --json    full-text search, accents ignored
              sitrep eval corpus/dev                       score the pipeline against a gold corpus
            """);
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(ArticlesCommand.Create(console));
        root.Subcommands.Add(ArticleCommand.Create(console));
        root.Subcommands.Add(EventsCommand.Create(console));
        root.Subcommands.Add(EventCommand.Create(console));
        root.Subcommands.Add(ReprocessCommand.Create(console));
        root.Subcommands.Add(WorkerCommand.Create(console));
        root.Subcommands.Add(WatchCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(EvalEcbCommand.Create(console));
        root.Subcommands.Add(EvalPloverCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(AnalyzeCommand.Create(console));
        root.Subcommands.Add(GeoCommand.Create(console));
        root.Subcommands.Add(TrainCommand.Create(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = CreateRoot(console);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error(error.Message);
            }

            var verb = parsed.CommandResult.Command == root ? "" : " " + parsed.CommandResult.Command.Name;
            console.Errors.WriteLine($"Run 'sitrep{verb} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (Sitrep.Storage.StoreVersionException ex)
        {
            console.Error(ex.Message);
            return ExitCodes.SomeFailed;
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            // A --db that is not a SQLite file, a read-only folder, a full disk: name the store, keep what is stored.
            console.Error($"store {DbValue(parsed)}: {ex.Message} (expected a Sitrep SQLite store; nothing stored was changed)");
            return ExitCodes.SomeFailed;
        }
        catch (FormatException ex) when (DbValue(parsed) is { } db && Sitrep.Postgres.StoreOpener.IsPostgres(db))
        {
            // A malformed PostgreSQL location (the message never repeats a password).
            console.Error(ex.Message);
            return ExitCodes.Usage;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            // Unreachable server, refused login, missing database: name the store (without password), keep what is stored.
            console.Error($"store {Sitrep.Postgres.StoreOpener.Describe(DbValue(parsed) ?? "")}: {ex.Message} (everything committed before is kept)");
            return ExitCodes.SomeFailed;
        }
        catch (OperationCanceledException)
        {
            console.Error("cancelled; everything committed before the interruption is kept.");
            return ExitCodes.SomeFailed;
        }
    }

    private static string? DbValue(ParseResult parsed) =>
        parsed.CommandResult.Command.Options.Any(o => o.Name == "--db") ? parsed.GetValue<string>("--db") : null;
}