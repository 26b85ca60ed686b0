using System.CommandLine;
using Sitrep.Clustering;
using Sitrep.Pipeline;
using Sitrep.Postgres;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep worker --db postgres://…</c>: analyse and cluster pending articles from the shared queue.</summary>
internal static class WorkerCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var drain = new Option<bool>("--drain") { Description = "Exit once every stored article is analysed (waiting out other workers' claims); without it, keep polling for new articles." };
        var batch = new Option<int>("--batch-size")
        {
            Description = "Articles claimed at a time.",
            DefaultValueFactory = _ => WorkerOptions.Default.BatchSize,
        }.AtLeast(1);
        var lease = new Option<int>("--lease")
        {
            Description = "Seconds a claim lasts: a crashed worker's articles are retried by others after this long.",
            DefaultValueFactory = _ => (int)WorkerOptions.Default.Lease.TotalSeconds,
        }.AtLeast(1);
        var maxAttempts = new Option<int>("--max-attempts")
        {
            Description = "Claims an article may take: one whose lease passed this often (its workers crashed or hung) is quarantined ('sitrep articles --quarantined').",
            DefaultValueFactory = _ => WorkerOptions.Default.MaxAttempts,
        }.AtLeast(1);
        var threads = EventProcessing.Threads();
        var command = new Command(
            "worker",
            """
            Process the articles waiting in a shared PostgreSQL store: claim a few (SELECT … FOR UPDATE SKIP LOCKED),
            analyse them, and cluster each one's event mentions in one transaction under its neighbourhood's locks. Run
            any number of workers, on any machines, against one database; they store exactly the events of one 'ingest'.
            Store articles with 'sitrep ingest --no-analyze --db postgres://…'.

            Examples:
              sitrep worker --db postgres://sitrep@db.example.org/news
              sitrep worker --db "Host=/var/run/postgresql;Database=news" --drain --threads 2
            """)
        {
            db, json, drain, batch, lease, threads, maxAttempts,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dbValue = parse.GetRequiredValue(db);
            if (!StoreOpener.IsPostgres(dbValue))
            {
                console.Error($"{dbValue}: workers share a PostgreSQL store; give --db postgres://user@host/db (a SQLite store is processed by 'sitrep reprocess --pending').");
                return ExitCodes.Usage;
            }

            var location = PostgresLocation.Parse(dbValue);
            await using var articles = await PostgresArticleStore.OpenAsync(location, TimeProvider.System, ct).ConfigureAwait(false);
            await using var events = await PostgresEventStore.OpenAsync(location, TimeProvider.System, ct).ConfigureAwait(false);
            var name = $"{Environment.MachineName}:{Environment.ProcessId}";
            var worker = new PostgresWorker(articles, events, EncoderOptions.Default(), new EventClusterer(), name);
            var options = WorkerOptions.Default with
            {
                Drain = parse.GetValue(drain),
                BatchSize = parse.GetValue(batch),
                Lease = TimeSpan.FromSeconds(parse.GetValue(lease)),
                Threads = parse.GetValue(threads),
                MaxAttempts = parse.GetValue(maxAttempts),
            };
            if (!parse.GetValue(json))
            {
                console.Errors.MarkupLine($"Worker [bold]{Markup.Escape(name)}[/] on [blue]{Markup.Escape(location.Display)}[/]{(options.Drain ? " (until drained)" : "")}.");
            }

            var summary = await worker.RunAsync(options, null, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("db", location.Display);
                    writer.WriteString("worker", name);
                    writer.WriteNumber("analysed", summary.Articles);
                    writer.WriteNumber("mentions", summary.Mentions);
                    writer.WriteNumber("events_created", summary.EventsCreated);
                    writer.WriteNumber("events_updated", summary.EventsUpdated);
                    writer.WriteNumber("events_merged", summary.EventsRemoved);
                    writer.WriteNumber("retries", summary.Retries);
                    writer.WriteNumber("skipped", summary.Skipped);
                    writer.WriteNumber("quarantined", summary.Quarantined);
                    writer.WriteNumber("candidates", summary.Candidates);
                    writer.WriteNumber("analysis_ms", Math.Round(summary.AnalysisTime.TotalMilliseconds));
                    writer.WriteNumber("clustering_ms", Math.Round(summary.ClusteringTime.TotalMilliseconds));
                    writer.WriteEndObject();
                });
            }
            else
            {
                console.Human.MarkupLine(
                    $"Analysed [bold]{summary.Articles}[/] article(s): {summary.Mentions} event mention(s), {summary.EventsCreated} event(s) opened, " +
                    $"{summary.EventsUpdated} revised, {summary.EventsRemoved} merged; {summary.Retries} busy-neighbourhood retries, {summary.Skipped} skipped, {summary.Quarantined} quarantined after {options.MaxAttempts} unfinished claims.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}