using System.CommandLine;
using System.Globalization;
using Sitrep.Postgres;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep articles</c>: list and search stored articles.</summary>
internal static class ArticlesCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var search = new Option<string?>("--search") { Description = "Full-text search over title and body (case and accents ignored).", HelpName = "TEXT" };
        var since = new Option<string?>("--since") { Description = "Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD: a year or month starts on its first day).", HelpName = "DATE" };
        since.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !IsoDateFilter.TryParse(value, out _, out _))
            {
                result.AddError(IsoDateFilter.Complaint("--since", value));
            }
        });
        var outlet = new Option<string?>("--outlet") { Description = "Only articles from this outlet.", HelpName = "NAME" };
        var quarantined = new Option<bool>("--quarantined") { Description = "List the quarantined articles (analysis failed or went over its budget) with the reason." };
        var limit = new Option<int>("--limit") { Description = "At most this many articles.", DefaultValueFactory = _ => 50 }.AtLeast(1);
        var command = new Command(
            "articles",
            """
            List stored articles, newest first.

            Examples:
              sitrep articles --search Sucumbios
              sitrep articles --since 2026-03-01 --outlet "Voice of America" --limit 10 --json
              sitrep articles --quarantined
            """)
        {
            db, json, search, since, outlet, limit, quarantined,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetRequiredValue(db);
            if (!StoreFiles.Exists(console, dbPath))
            {
                return ExitCodes.SomeFailed;
            }

            if (parse.GetValue(quarantined))
            {
                return await QuarantinedArticlesCommand.ListAsync(console, dbPath, parse.GetValue(json), ct).ConfigureAwait(false);
            }

            await using var store = await StoreOpener.OpenArticlesAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            var query = new ArticleQuery(parse.GetValue(search), IsoDateFilter.TryParse(parse.GetValue(since), out var first, out _) ? first : null, parse.GetValue(outlet), parse.GetValue(limit));
            var found = await store.QueryArticlesAsync(query, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var article in found)
                    {
                        ArticleJson.Write(writer, article, includeBody: false);
                    }

                    writer.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("id", "published", "outlet", "title", "chars", "syndicated from");
            foreach (var stored in found)
            {
                var a = stored.Article;
                table.AddRow(
                    Markup.Escape(a.Id),
                    a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?",
                    Markup.Escape(a.Outlet ?? ""),
                    Markup.Escape(Shorten(a.Title ?? FirstWords(a.Body), 70)),
                    a.Body.Length.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(stored.SyndicatedFrom ?? ""));
            }

            console.Human.Write(table);
            console.Human.MarkupLine($"{found.Count} article(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string FirstWords(string body) => body.ReplaceLineEndings(" ");
}