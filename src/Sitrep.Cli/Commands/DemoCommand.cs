using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Storage;
using Sitrep.Time;
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
            ShowAnalysis(console, [.. articles.Select(a => a.Article)], ct);
            console.Human.MarkupLine($"Store: [blue]{Markup.Escape(dbPath)}[/]. Try: sitrep articles --db {Markup.Escape(dbPath)} --search Sucumbios");
            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static void ShowAnalysis(CliConsole console, IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var documents = AnalysisRunner.Analyze(StandardPipeline.Create(), articles, Environment.ProcessorCount, null, ct);
        foreach (var document in documents)
        {
            console.Human.Write(new Rule(Markup.Escape($"{document.Id}: what the analysis found")).LeftJustified());
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            grid.AddRow("sentences", $"{document.TryGet<SentenceLayer>()?.Count ?? 0}");
            if (document.TryGet<EntityLayer>() is { } entities)
            {
                var people = entities.Entities
                    .Where(e => e.Type == EntityType.Person && e.Link is null)
                    .Select(e => Describe(e, document.Text))
                    .Distinct();
                grid.AddRow("people", Markup.Escape(string.Join("; ", people)));
                var groups = entities.Entities.Where(e => e.Type == EntityType.Org).Select(e => e.Span.Of(document.Text).ToString()).Distinct(StringComparer.OrdinalIgnoreCase);
                grid.AddRow("organisations", Markup.Escape(string.Join("; ", groups)));
            }

            if (document.TryGet<TimeLayer>() is { } times)
            {
                var resolved = times.Expressions
                    .Where(t => t.Interval is not null)
                    .Select(t => $"{t.Span.Of(document.Text)} → {Format(t.Interval!.Value)}");
                grid.AddRow("dates", Markup.Escape(string.Join("; ", resolved.Distinct())));
            }

            if (document.TryGet<QuantityLayer>() is { } quantities)
            {
                var tolls = quantities.Quantities
                    .Where(q => q.Semantics != QuantitySemantics.None)
                    .Select(q => $"{q.Span.Of(document.Text)} ({q.Semantics.ToString().ToLowerInvariant()} {q.Range.Min}–{q.Range.Max})");
                grid.AddRow("casualty counts", Markup.Escape(string.Join("; ", tolls)));
            }

            if (document.TryGet<PlaceLayer>() is { } places)
            {
                var named = places.Items.Select(p => p.Place.Country is null ? p.Text : $"{p.Text} ({string.Join(", ", new[] { p.Place.Admin1, p.Place.Country }.Where(x => x is not null))})");
                grid.AddRow("places", Markup.Escape(string.Join("; ", named.Distinct())));
            }

            console.Human.Write(grid);
            ShowEvents(console, document);
        }
    }

    // Event mentions per article; merging reports of one event across articles comes with clustering.
    private static void ShowEvents(CliConsole console, Document document)
    {
        if (document.TryGet<EventLayer>() is not { Mentions.Count: > 0 } events)
        {
            return;
        }

        var table = new Table().Title("event mentions").AddColumns("type", "kind", "date", "place", "actors → recipients", "dead", "evidence");
        foreach (var e in events.Mentions)
        {
            table.AddRow(
                Markup.Escape(e.Mode is null ? PloverTypeNames.NameOf(e.Type) : $"{PloverTypeNames.NameOf(e.Type)}/{e.Mode}"),
                PloverTypeNames.NameOf(e.Kind),
                e.Date is { } date ? Format(date) : "",
                Markup.Escape(e.Place?.Name ?? ""),
                Markup.Escape($"{string.Join(", ", e.Actors.Select(a => a.Name))} → {string.Join(", ", e.Recipients.Select(a => a.Name))}"),
                e.Fatalities is { } dead ? (dead.Min == dead.Max ? $"{dead.Min}" : $"{dead.Min}–{dead.Max}") : "",
                Markup.Escape(ArticlesCommand.Shorten(e.Span.Of(document.Text).ToString(), 70)));
        }

        console.Human.Write(table);
    }

    private static string Describe(Entity person, string text)
    {
        var name = person.Span.Of(text).ToString();
        var details = new[] { person.Title, person.Role, person.Organization }.Where(d => d is not null);
        return details.Any() ? $"{name} ({string.Join(", ", details)})" : name;
    }

    private static string Format(DateInterval interval) =>
        interval.From == interval.To
            ? interval.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{interval.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{interval.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}