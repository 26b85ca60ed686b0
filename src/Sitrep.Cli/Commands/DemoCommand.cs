using System.CommandLine;
using System.Globalization;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep demo</c>: the whole job on the bundled sample corpus, in a fresh store.</summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var dir = new Option<string>("--dir")
        {
            Description = "Folder for the demo store (emptied of a previous demo store first).",
            HelpName = "PATH",
            DefaultValueFactory = _ => "demo",
        };
        var command = new Command(
            "demo",
            """
            Ingest the bundled sample corpus (two reports of the same US–Ecuador strike) into a fresh store
            in ./demo and show what Sitrep found.

            Example:
              sitrep demo && sitrep articles --db demo/sitrep.db --search Sucumbios
            """)
        {
            dir,
        };
        command.SetAction(async (parse, ct) =>
        {
            var samples = ResourceLocator.Find("samples");
            if (samples is null)
            {
                console.Error("the bundled samples/ folder is missing next to the sitrep executable; rebuild the project.");
                return ExitCodes.SomeFailed;
            }

            var folder = parse.GetRequiredValue(dir);
            Directory.CreateDirectory(folder);
            var dbPath = Path.Combine(folder, "sitrep.db");
            foreach (var stale in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
            {
                File.Delete(stale);
            }

            using var http = InputReader.CreateHttpClient();
            await using var store = await SqliteArticleStore.OpenAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            var summary = await new IngestRunner(new InputReader(http), store).RunAsync([samples], null, ct).ConfigureAwait(false);
            foreach (var failure in summary.Failures)
            {
                console.Error(failure.ToString());
            }

            console.Human.Write(new Rule("[bold]Sitrep demo[/]").LeftJustified());
            console.Human.MarkupLine($"Ingested [bold]{summary.Read}[/] sample article(s) from {Markup.Escape(samples)}: {summary.New} new, {summary.Duplicate} duplicate, {summary.Syndicated} syndicated, {summary.Failed} failed.");
            var articles = await store.QueryArticlesAsync(new ArticleQuery(Limit: 100), ct).ConfigureAwait(false);
            var table = new Table().AddColumns("id", "published", "headline", "chars");
            foreach (var stored in articles)
            {
                var a = stored.Article;
                table.AddRow(
                    Markup.Escape(a.Id),
                    a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown",
                    Markup.Escape(ArticlesCommand.Shorten(a.Title ?? "(no headline)", 60)),
                    a.Body.Length.ToString(CultureInfo.InvariantCulture));
            }

            console.Human.Write(table);
            console.Human.MarkupLine($"Store: [blue]{Markup.Escape(dbPath)}[/]. Try: sitrep articles --db {Markup.Escape(dbPath)} --search Sucumbios");
            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }
}
