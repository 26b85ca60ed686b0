using System.CommandLine;
using Sitrep.Pipeline;
using Sitrep.Postgres;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep reprocess</c>: analyse and cluster every stored article again with the current resources.</summary>
internal static class ReprocessCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var threads = EventProcessing.Threads();
        var pending = new Option<bool>("--pending") { Description = "Only the articles never analysed (stored with 'ingest --no-analyze', or by a run that was interrupted); nothing is cleared." };
        var quarantined = new Option<bool>("--quarantined") { Description = "Only the quarantined articles (analysis failed or went over its budget; see 'sitrep articles --quarantined'); nothing is cleared." };
        var command = new Command(
            "reprocess",
            """
            Re-run analysis and clustering over every stored article with the current models, gazetteer and actor
            dictionary: events, mentions and decisions are rebuilt in canonical order (publication date, then id), so the
            result is what ingesting the same articles afresh would give. Articles and revision history are kept; event ids
            stay the same wherever the events do.

            Examples:
              sitrep reprocess --db news.db
              sitrep reprocess --db news.db --pending
              sitrep reprocess --db news.db --quarantined
            """)
        {
            db, json, threads, pending, quarantined,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetRequiredValue(db);
            if (!StoreFiles.Exists(console, dbPath))
            {
                return ExitCodes.SomeFailed;
            }

            await using var articles = await StoreOpener.OpenArticlesAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            await using var events = await StoreOpener.OpenEventsAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            var processor = ArticleEventProcessor.Create(events, parse.GetValue(threads), EncoderOptions.Default());
            IReadOnlyList<string> ids;
            var setAside = (await events.QuarantinedArticlesAsync(ct).ConfigureAwait(false)).Select(q => q.ArticleId).ToList();
            if (parse.GetValue(quarantined))
            {
                ids = setAside;
            }
            else if (parse.GetValue(pending))
            {
                ids = await events.UnanalyzedArticleIdsAsync(ct).ConfigureAwait(false);
            }
            else
            {
                // Quarantined articles stay aside: only --quarantined retries them.
                ids = [.. (await articles.ListArticleIdsAsync(ct).ConfigureAwait(false)).Except(setAside, StringComparer.Ordinal)];
                await events.ClearEventsAsync(ct).ConfigureAwait(false);
            }

            Task RunAsync(Action<int>? advance) => processor.ProcessStoredAsync(articles, ids, advance, ct);

            if (console.Interactive && !parse.GetValue(json))
            {
                await console.Errors.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("reprocessing", maxValue: Math.Max(1, ids.Count));
                        await RunAsync(n => task.Increment(n)).ConfigureAwait(false);
                    }).ConfigureAwait(false);
            }
            else
            {
                await RunAsync(null).ConfigureAwait(false);
            }

            var total = await events.CountEventsAsync(new EventQuery(), ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("db", StoreOpener.Describe(events));
                    writer.WriteNumber("articles", processor.Articles);
                    writer.WriteNumber("mentions", processor.Mentions);
                    writer.WriteNumber("events", total);
                    writer.WriteEndObject();
                });
            }
            else
            {
                console.Human.MarkupLine($"Reprocessed [bold]{processor.Articles}[/] article(s): {processor.Mentions} event mention(s) in [bold]{total}[/] event(s). Store: [blue]{Markup.Escape(StoreOpener.Describe(events))}[/]");
            }

            EventProcessing.ReportQuarantined(console, processor);
            return processor.Quarantined.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }
}