using System.CommandLine;
using System.Globalization;
using Sitrep.Clustering;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Postgres;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep watch FEED…</c>: poll RSS/Atom feeds and store each new item's article once (docs/live-feeds.md).</summary>
internal static class WatchCommand
{
    public static Command Create(CliConsole console)
    {
        var feeds = new Argument<string[]>("feeds") { Description = "RSS/Atom feed URLs, or OPML files listing them.", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var once = new Option<bool>("--once") { Description = "Poll each feed once (whatever its schedule), then exit." };
        var interval = new Option<int>("--interval") { Description = "Seconds between two polls of a feed; failures in a row double it, up to 6 hours.", DefaultValueFactory = _ => 300 }.AtLeast(1);
        var maxItems = new Option<int>("--max-items") { Description = "Items of one feed read per poll; the rest wait for the next poll.", DefaultValueFactory = _ => 100 }.AtLeast(1);
        var maxBytes = new Option<int>("--max-kb") { Description = "Largest feed or page body read, in KB.", DefaultValueFactory = _ => 10 * 1024 }.AtLeast(1);
        var timeout = new Option<int>("--timeout") { Description = "Seconds one request may take.", DefaultValueFactory = _ => 30 }.AtLeast(1);
        var roundDeadline = new Option<int>("--round-deadline") { Description = "Seconds all the requests of one polling round may take together.", DefaultValueFactory = _ => 600 }.AtLeast(1);
        var retries = new Option<int>("--retries") { Description = "Retries of a request that failed transiently (5xx, 408, 429, timeout, dropped connection), with exponential backoff.", DefaultValueFactory = _ => 2 }.AtLeast(0);
        var retryDelay = new Option<int>("--retry-delay-ms") { Description = "Wait before the first retry, in milliseconds; each further retry waits twice as long.", DefaultValueFactory = _ => 1000 }.AtLeast(0);
        var hostInterval = new Option<int>("--host-interval-ms") { Description = "Least time between two requests to one host, in milliseconds (politeness).", DefaultValueFactory = _ => 1000 }.AtLeast(0);
        var noAnalyze = new Option<bool>("--no-analyze") { Description = "Only store the articles ('sitrep reprocess --pending', or workers on PostgreSQL, analyse them)." };
        var threads = EventProcessing.Threads();
        var allowLoopback = new Option<bool>("--allow-loopback") { Description = "Let fetches reach a test server on this machine (127.0.0.1, ::1); private, link-local and metadata addresses stay refused." };
        var command = new Command(
            "watch",
            """
            Poll RSS/Atom feeds and store each new item's article once: the item's own full text, or the page it links to.
            Each feed is polled on its own schedule with conditional GETs (ETag, Last-Modified); failures back off. What was
            taken lives in the store, so a restarted watch fetches nothing it already has. Fetching follows ingest's rules:
            only public http(s) addresses, every redirect re-checked, bodies and time capped. Prints one line per poll.

            Examples:
              sitrep watch --db news.db https://example.org/feed.xml https://example.com/atom.xml
              sitrep watch --db postgres://sitrep@db.example.org/news --no-analyze subscriptions.opml
              sitrep watch --once --json feeds.opml
            """)
        {
            feeds, db, json, once, interval, maxItems, maxBytes, timeout, roundDeadline, retries, retryDelay, hostInterval, noAnalyze, threads, allowLoopback,
        };
        command.SetAction((parse, ct) =>
        {
            var reader = new InputReaderOptions
            {
                AllowLoopback = parse.GetValue(allowLoopback),
                MaxDownloadBytes = parse.GetValue(maxBytes) * 1024L,
                HttpTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                RunFetchDeadline = TimeSpan.FromSeconds(parse.GetValue(roundDeadline)),
                PerHostFetchDeadline = TimeSpan.FromSeconds(parse.GetValue(roundDeadline)),
                TransientRetries = parse.GetValue(retries),
                RetryDelay = TimeSpan.FromMilliseconds(parse.GetValue(retryDelay)),
                PerHostInterval = TimeSpan.FromMilliseconds(parse.GetValue(hostInterval)),
            };
            var watch = new WatchOptions { Interval = TimeSpan.FromSeconds(parse.GetValue(interval)), MaxItemsPerPoll = parse.GetValue(maxItems) };
            return RunAsync(
                console, parse.GetRequiredValue(feeds), parse.GetRequiredValue(db), parse.GetValue(json), parse.GetValue(once),
                parse.GetValue(noAnalyze) ? null : parse.GetValue(threads), reader, watch, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string[] inputs, string dbPath, bool json, bool once, int? analysisThreads, InputReaderOptions readerOptions, WatchOptions watchOptions, CancellationToken ct)
    {
        var (feeds, problems) = FeedList.Expand(inputs, readerOptions.MaxFileBytes);
        foreach (var problem in problems)
        {
            console.Error(problem.ToString());
        }

        if (problems.Count > 0 || feeds.Count == 0)
        {
            return ExitCodes.Usage;
        }

        using var http = InputReader.CreateHttpClient(readerOptions);
        await using var articles = await StoreOpener.OpenArticlesAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
        await using var events = await StoreOpener.OpenEventsAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
        await using var state = await StoreOpener.OpenFeedStateAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
        var analyse = Analysis(articles, events, analysisThreads);
        var watcher = new FeedWatcher(articles, state, watchOptions, TimeProvider.System, analyse);
        if (!json)
        {
            console.Errors.MarkupLine($"Watching [bold]{feeds.Count}[/] feed(s) into [blue]{Markup.Escape(StoreOpener.Describe(articles))}[/]{(once ? " (one poll each)" : "; Ctrl+C stops")}.");
        }

        var failed = false;
        void Report(FeedPollSummary poll)
        {
            failed |= poll.HasFailures;
            foreach (var item in poll.ItemFailures)
            {
                console.Error(item.ToString());
            }

            if (poll.Failure is not null)
            {
                console.Error($"{poll.FeedUrl}: {poll.Failure} (next poll {Time(poll.NextPollAt)})");
            }

            if (json)
            {
                WriteJsonLine(console.Json, poll);
            }
            else
            {
                console.Human.MarkupLine(Markup.Escape(
                    $"{Time(DateTimeOffset.UtcNow)} {poll.FeedUrl}: {Status(poll.Status)}, {poll.Listed} listed, {poll.New} new, {poll.Duplicate} duplicate, " +
                    $"{poll.Seen} seen before, {poll.ItemFailures.Count} failed{(poll.OverCap > 0 ? $", {poll.OverCap} over the per-poll cap" : "")}; next poll {Time(poll.NextPollAt)}"));
            }
        }

        try
        {
            await watcher.RunAsync(feeds, () => new FeedPoller(new InputReader(http, readerOptions)), once, Report, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && !once)
        {
            // Ctrl+C is how a watch ends: what each finished poll stored and recorded is kept.
            return ExitCodes.Ok;
        }

        return once && failed ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    // SQLite analyses each poll's articles in-process; PostgreSQL drains the shared queue, as 'ingest' does there.
    private static Func<IReadOnlyList<Storage.StoredArticle>, CancellationToken, Task>? Analysis(Storage.IArticleStore articles, Storage.IEventStore events, int? threads)
    {
        if (threads is not { } t)
        {
            return null;
        }

        if (articles is PostgresArticleStore sharedArticles && events is PostgresEventStore sharedEvents)
        {
            var worker = new PostgresWorker(sharedArticles, sharedEvents, EncoderOptions.Default(), new EventClusterer(), $"{Environment.MachineName}:{Environment.ProcessId}:watch");
            return (_, ct) => worker.RunAsync(WorkerOptions.Default with { Drain = true, Threads = t }, null, ct);
        }

        var processor = ArticleEventProcessor.Create(events, t, EncoderOptions.Default());
        return processor.ProcessAsync;
    }

    private static string Status(FeedFetchStatus status) => status switch
    {
        FeedFetchStatus.Fetched => "fetched",
        FeedFetchStatus.NotModified => "not modified",
        _ => "failed",
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // One compact object per line (JSON Lines), so a consumer can read polls as they happen.
    private static void WriteJsonLine(TextWriter output, FeedPollSummary poll)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, SitrepJson.WriterOptions with { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("feed", poll.FeedUrl);
            writer.WriteString("status", Status(poll.Status).Replace(' ', '_'));
            writer.WriteNumber("listed", poll.Listed);
            writer.WriteNumber("new", poll.New);
            writer.WriteNumber("duplicate", poll.Duplicate);
            writer.WriteNumber("seen", poll.Seen);
            writer.WriteNumber("over_cap", poll.OverCap);
            writer.WriteString("error", poll.Failure);
            writer.WriteStartArray("item_failures");
            foreach (var item in poll.ItemFailures)
            {
                writer.WriteStringValue(item.ToString());
            }

            writer.WriteEndArray();
            writer.WriteStartArray("stored");
            foreach (var article in poll.Stored)
            {
                writer.WriteStringValue(article.Article.Id);
            }

            writer.WriteEndArray();
            writer.WriteString("next_poll", Time(poll.NextPollAt));
            writer.WriteEndObject();
        }

        JsonOutput.WriteLine(output, stream);
    }
}