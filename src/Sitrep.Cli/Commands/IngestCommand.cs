using System.CommandLine;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Postgres;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH|URL...</c>: read inputs into the store.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (read recursively), feeds or http(s) URLs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var batch = new Option<int>("--batch-size")
        {
            Description = "Articles per transaction: a crash loses at most one batch.",
            DefaultValueFactory = _ => 200,
        }.AtLeast(1);
        var noAnalyze = new Option<bool>("--no-analyze") { Description = "Only store the articles; 'sitrep reprocess' analyses and clusters them later." };
        var threads = EventProcessing.Threads();
        var allowLoopback = new Option<bool>("--allow-loopback")
        {
            Description = "Let URLs reach a test server on this machine (127.0.0.1, ::1); private, link-local and metadata addresses stay refused.",
        };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet of articles whose input names none (plain text; HTML without og:site_name or publisher metadata; a feed without a title). An outlet the input names is kept.", HelpName = "NAME" };
        outlet.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && string.IsNullOrWhiteSpace(value))
            {
                result.AddError("--outlet: expected a name, got an empty string.");
            }
        });
        var command = new Command(
            "ingest",
            """
            Read news inputs into the store, analyse each new article and cluster its event mentions into events.
            Exact duplicates are stored once; syndicated copies are linked to the original and counted as one source.
            Text files may open with 'date YYYY-MM-DD'; a short unpunctuated first line is the headline.
            Formats: .txt, .html, .jsonl/.ndjson and .csv (fields id,url,title,outlet,published,text), RSS/Atom feeds, OPML.

            Examples:
              sitrep ingest corpus/dev/articles
              sitrep ingest --db news.db stories.jsonl https://example.org/feed.xml
              sitrep ingest --outlet "Voice of America" ../shared/corpus/raw-voa/articles
            """)
        {
            inputs, db, json, batch, noAnalyze, threads, outlet, allowLoopback,
        };
        command.SetAction((parse, ct) => RunAsync(
            console, parse.GetRequiredValue(inputs), parse.GetRequiredValue(db), parse.GetValue(json), parse.GetValue(batch),
            parse.GetValue(noAnalyze) ? null : parse.GetValue(threads),
            new InputReaderOptions { DefaultOutlet = parse.GetValue(outlet)?.Trim(), AllowLoopback = parse.GetValue(allowLoopback) }, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string[] inputs, string dbPath, bool json, int batchSize, int? analysisThreads, InputReaderOptions readerOptions, CancellationToken ct)
    {
        using var http = InputReader.CreateHttpClient(readerOptions);
        var reader = new InputReader(http, readerOptions);
        await using var store = await StoreOpener.OpenArticlesAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
        await using var events = await StoreOpener.OpenEventsAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
        // On PostgreSQL the stored articles are analysed through the shared queue afterwards (below), like a worker's,
        // so that an ingest may run beside workers and other ingests.
        var processor = analysisThreads is { } t && events is not PostgresEventStore ? ArticleEventProcessor.Create(events, t, EncoderOptions.Default()) : null;
        var runner = new IngestRunner(reader, store, batchSize, processor);
        IngestSummary summary;
        if (console.Interactive && !json)
        {
            summary = await console.Errors.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("reading", maxValue: inputs.Length);
                    var started = DateTime.UtcNow;
                    var progress = new Progress<IngestProgress>(p =>
                    {
                        var rate = p.ArticlesRead / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
                        task.Value = p.InputsDone;
                        task.Description = Markup.Escape($"{p.ArticlesRead} read, {p.ArticlesStored} stored, {p.Failed} failed, {rate:0} articles/s");
                    });
                    return await runner.RunAsync(inputs, progress, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            summary = await runner.RunAsync(inputs, null, ct).ConfigureAwait(false);
        }

        // Articles stored earlier but never analysed (--no-analyze, or a run stopped between storing and clustering)
        // are caught up, so that an interrupted ingest loses nothing.
        var caughtUp = 0;
        AnalysisCounts? analysis = null;
        if (processor is not null)
        {
            var pending = await events.UnanalyzedArticleIdsAsync(ct).ConfigureAwait(false);
            await processor.ProcessStoredAsync(store, pending, null, ct).ConfigureAwait(false);
            caughtUp = pending.Count;
            analysis = new(processor.Articles, processor.Mentions, processor.EventsCreated, processor.EventsUpdated, processor.EventsRemoved);
        }
        else if (analysisThreads is { } threads && store is PostgresArticleStore sharedArticles && events is PostgresEventStore sharedEvents)
        {
            var worker = new PostgresWorker(sharedArticles, sharedEvents, EncoderOptions.Default(), new Clustering.EventClusterer(), $"{Environment.MachineName}:{Environment.ProcessId}:ingest");
            var done = await worker.RunAsync(WorkerOptions.Default with { Drain = true, Threads = threads }, null, ct).ConfigureAwait(false);
            analysis = new(done.Articles, done.Mentions, done.EventsCreated, done.EventsUpdated, done.EventsRemoved);
        }

        foreach (var warning in summary.Warnings)
        {
            console.Warning(warning.ToString());
        }

        foreach (var failure in summary.Failures)
        {
            console.Error(failure.ToString());
        }

        EventProcessing.ReportQuarantined(console, processor);

        if (json)
        {
            WriteJson(console.Json, summary, analysis, StoreOpener.Describe(store));
        }
        else
        {
            var table = new Table().AddColumns("read", "new", "duplicate", "syndicated", "failed");
            table.AddRow($"{summary.Read}", $"{summary.New}", $"{summary.Duplicate}", $"{summary.Syndicated}", $"{summary.Failed}");
            console.Human.Write(table);
            if (analysis is not null)
            {
                var clustering = new Table().AddColumns("analysed", "event mentions", "events opened", "event revisions", "events merged");
                clustering.AddRow($"{analysis.Articles}", $"{analysis.Mentions}", $"{analysis.Created}", $"{analysis.Updated}", $"{analysis.Removed}");
                console.Human.Write(clustering);
                if (caughtUp > 0)
                {
                    console.Human.MarkupLine($"Analysed {caughtUp} article(s) stored earlier without analysis.");
                }
            }

            console.Human.MarkupLine($"Store: [blue]{Markup.Escape(StoreOpener.Describe(store))}[/]");
        }

        return summary.Failed > 0 || processor?.Quarantined.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static void WriteJson(TextWriter output, IngestSummary summary, AnalysisCounts? analysis, string dbPath) =>
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("db", dbPath);
            writer.WriteNumber("read", summary.Read);
            writer.WriteNumber("new", summary.New);
            writer.WriteNumber("duplicate", summary.Duplicate);
            writer.WriteNumber("syndicated", summary.Syndicated);
            writer.WriteNumber("failed", summary.Failed);
            if (analysis is not null)
            {
                writer.WriteNumber("analysed", analysis.Articles);
                writer.WriteNumber("mentions", analysis.Mentions);
                writer.WriteNumber("events_created", analysis.Created);
                writer.WriteNumber("events_updated", analysis.Updated);
                writer.WriteNumber("events_merged", analysis.Removed);
            }

            writer.WriteStartArray("failures");
            foreach (var failure in summary.Failures)
            {
                writer.WriteStartObject();
                writer.WriteString("input", failure.Input);
                writer.WriteString("location", failure.Location);
                writer.WriteString("reason", failure.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private sealed record AnalysisCounts(int Articles, int Mentions, int Created, int Updated, int Removed);
}