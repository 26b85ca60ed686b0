using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Geo;
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
        var serve = new Option<bool>("--serve") { Description = "After the demo, serve its store: API and web UI (see 'sitrep serve')." };
        var urls = ServeCommand.Urls();
        var command = new Command(
            "demo",
            """
            Ingest the bundled sample corpus (two reports of the same US–Ecuador strike) into a fresh store
            in ./demo, analyse both articles, cluster their event mentions into events, and show what Sitrep found:
            the strike is one event with both articles as sources.

            Example:
              sitrep demo && sitrep events --db demo/sitrep.db --country EC
              sitrep demo --serve                           then open http://127.0.0.1:5080
            """)
        {
            dir, serve, urls,
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
            await using var events = await SqliteEventStore.OpenAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            // One pipeline (models, gazetteer, actor dictionary) for ingest, the per-article display and --serve.
            var pipeline = StandardPipeline.Create();
            var processor = ArticleEventProcessor.Create(events, Environment.ProcessorCount, pipeline);
            var summary = await new IngestRunner(new InputReader(http), store, events: processor).RunAsync([samples], null, ct).ConfigureAwait(false);
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
            ShowAnalysis(console, pipeline, [.. articles.Select(a => a.Article)], ct);
            await ShowEventsAsync(console, events, processor, dbPath, ct).ConfigureAwait(false);
            console.Human.MarkupLine($"Store: [blue]{Markup.Escape(dbPath)}[/]. Try: sitrep events --db {Markup.Escape(dbPath)} --country EC");
            if (parse.GetValue(serve) && summary.Failed == 0)
            {
                return await ServeCommand.ServeAsync(console, dbPath, parse.GetRequiredValue(urls), ct, pipeline).ConfigureAwait(false);
            }

            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static void ShowAnalysis(CliConsole console, AnalysisPipeline pipeline, IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var documents = AnalysisRunner.Analyze(pipeline, articles, Environment.ProcessorCount, null, ct);
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
                    .Select(t => $"{t.Span.Of(document.Text)} → {EventsCommand.FormatDate(t.Interval)}");
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
        }
    }

    // The events the two articles' mentions were clustered into, and the page of the best-sourced one: the strike
    // both articles report.
    private static async Task ShowEventsAsync(CliConsole console, SqliteEventStore events, ArticleEventProcessor processor, string dbPath, CancellationToken ct)
    {
        var all = await events.QueryEventsAsync(new EventQuery(Limit: 100, Sort: EventSort.DateAscending), ct).ConfigureAwait(false);
        console.Human.Write(new Rule(Markup.Escape($"events: {processor.Mentions} event mention(s) clustered into {all.Count} event(s)")).LeftJustified());
        console.Human.Write(EventsCommand.EventTable(all));
        var best = all.Where(e => e.IndependentSources > 1).OrderByDescending(e => e.IndependentSources).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
        if (best is not null && await events.GetEventAsync(best.Id, ct).ConfigureAwait(false) is { } stored)
        {
            console.Human.MarkupLine($"[bold]Reported by {best.IndependentSources} sources[/] (sitrep event --db {Markup.Escape(dbPath)} {Markup.Escape(best.Id)}):");
            EventCommand.Render(console.Human, stored);
        }
    }

    private static string Describe(Entity person, string text)
    {
        var name = person.Span.Of(text).ToString();
        var details = new[] { person.Title, person.Role, person.Organization }.Where(d => d is not null);
        return details.Any() ? $"{name} ({string.Join(", ", details)})" : name;
    }
}