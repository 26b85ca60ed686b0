using System.CommandLine;
using System.Globalization;
using Sitrep.Postgres;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep article ID</c>: one stored article with its metadata and text.</summary>
internal static class ArticleCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The article id (as 'sitrep articles' lists it)." };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command(
            "article",
            """
            Show one stored article: metadata, origin, syndication link and body.

            Example:
              sitrep article 002_56decd7c35e1df04 --json
            """)
        {
            id, db, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetRequiredValue(db);
            if (!StoreFiles.Exists(console, dbPath))
            {
                return ExitCodes.SomeFailed;
            }

            await using var store = await StoreOpener.OpenArticlesAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            var articleId = parse.GetRequiredValue(id);
            var stored = await store.GetArticleAsync(articleId, ct).ConfigureAwait(false);
            if (stored is null)
            {
                console.Error($"no article with id '{articleId}' in {StoreOpener.Describe(dbPath)}.");
                return ExitCodes.SomeFailed;
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer => ArticleJson.Write(writer, stored, includeBody: true));
                return ExitCodes.Ok;
            }

            var a = stored.Article;
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("[bold]id[/]", Markup.Escape(a.Id));
            grid.AddRow("[bold]title[/]", Markup.Escape(a.Title ?? "(none)"));
            grid.AddRow("[bold]published[/]", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown");
            grid.AddRow("[bold]outlet[/]", Markup.Escape(a.Outlet ?? "unknown"));
            grid.AddRow("[bold]url[/]", Markup.Escape(a.Url ?? ""));
            grid.AddRow("[bold]origin[/]", Markup.Escape(a.Origin.ToString()));
            if (stored.SyndicatedFrom is not null)
            {
                grid.AddRow("[bold]syndicated from[/]", Markup.Escape($"{stored.SyndicatedFrom} (similarity {stored.Similarity:0.00})"));
            }

            console.Human.Write(grid);
            console.Human.WriteLine();
            console.Human.WriteLine(a.Body);
            return ExitCodes.Ok;
        });
        return command;
    }
}