using System.CommandLine;
using System.Diagnostics;
using Sitrep.Clustering;
using Sitrep.Evaluation.Ecb;
using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval-ecb [PATH]</c>: cluster the documents of each ECB+ topic into their real-world events, with Sitrep
/// and with a plain TF-IDF cosine baseline, and score both with B³ (issue 9).
/// </summary>
internal static class EvalEcbCommand
{
    /// <summary>Where the release sits relative to a checkout (or any folder above it).</summary>
    private static readonly string DefaultRelative = Path.Combine("shared", "data", "clustering", "ecbplus");

    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "The ECB+ release folder (holding ECB+/), or ECB+ itself. Default: shared/data/clustering/ecbplus in the current folder or the nearest folder above that has one.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var topics = new Option<int?>("--topics") { Description = "Score only the first N topics (in topic order); the development topics 23-25 still run to choose thresholds.", HelpName = "N" };
        topics.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--topics must be at least 1.");
            }
        });
        var json = CommonOptions.Json();
        var command = new Command(
            "eval-ecb",
            """
            Cluster ECB+ documents into their real-world events within each topic (ECB+ gives every topic two events
            of the same kind) with Sitrep and with a plain TF-IDF cosine baseline, then print B³ precision, recall
            and F1 over all documents, the documents and topics counted, and the time taken. Each method's
            average-link dendrogram is cut two ways: at the best silhouette (nothing tuned), and at the
            similarity threshold that scores best on ECB+'s development topics 23-25 (always run for that).
            See docs/ecbplus-evaluation.md.

            Examples:
              sitrep eval-ecb
              sitrep eval-ecb data/clustering/ecbplus --topics 5 --json
            """)
        {
            path, topics, json,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(console, parse.GetValue(path), parse.GetValue(topics), parse.GetValue(json), ct)));
        return command;
    }

    private static int Run(CliConsole console, string? path, int? topics, bool json, CancellationToken ct)
    {
        var folder = path ?? FindDefault(Directory.GetCurrentDirectory());
        if (folder is null || !Directory.Exists(folder))
        {
            console.Error(folder is null
                ? $"no {DefaultRelative} in the current folder or above; give the ECB+ release folder as PATH."
                : $"{folder}: no such folder (expected the ECB+ release, holding ECB+/<topic>/<topic>_<n>ecb.xml).");
            return ExitCodes.SomeFailed;
        }

        var loading = Stopwatch.GetTimestamp();
        EcbCorpus corpus;
        try
        {
            // Every topic is read (a second): the development topics are needed to choose thresholds even when --topics is small.
            corpus = EcbReader.ReadCorpus(folder, null, ct);
        }
        catch (DirectoryNotFoundException ex)
        {
            console.Error(ex.Message);
            return ExitCodes.SomeFailed;
        }

        foreach (var diagnostic in corpus.Diagnostics)
        {
            console.Error(diagnostic.ToString());
        }

        if (corpus.Topics.Count == 0)
        {
            console.Error($"{folder}: no ECB+ documents found.");
            return ExitCodes.SomeFailed;
        }

        var recluster = SitrepClusterer();
        var evaluator = new EcbEvaluator(StandardPipeline.Create(), recluster);
        var loaded = Stopwatch.GetElapsedTime(loading);
        var evaluation = console.Interactive && !json ? WithProgress(console, evaluator, corpus, topics, ct) : evaluator.Evaluate(corpus, topics, null, ct);
        if (evaluation.SitrepSkipped is { } reason)
        {
            console.Warning($"Sitrep's clustering was not run: {reason}.");
        }

        if (json)
        {
            EcbReportWriter.WriteJson(console.Json, folder, evaluation, loaded);
        }
        else
        {
            EcbReportWriter.WriteTable(console.Human, evaluation, loaded);
        }

        return corpus.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    /// <summary>Sitrep's mention clusterer with its default settings, as <c>sitrep ingest</c> runs it.</summary>
    private static Func<IReadOnlyList<MentionRecord>, ClusterPlan> SitrepClusterer() => new EventClusterer().Recluster;

    private static EcbEvaluation WithProgress(CliConsole console, EcbEvaluator evaluator, EcbCorpus corpus, int? topics, CancellationToken ct) =>
        console.Errors.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("clustering topics", maxValue: 1);
                var progress = new Progress<EcbProgress>(p =>
                {
                    task.MaxValue = p.Topics;
                    task.Value = p.TopicsDone;
                    task.Description = $"{p.TopicsDone}/{p.Topics} topics, {p.DocumentsDone} documents";
                });
                return evaluator.Evaluate(corpus, topics, progress, ct);
            });

    /// <summary>The first <c>shared/data/clustering/ecbplus</c> in <paramref name="start"/> or a folder above it.</summary>
    internal static string? FindDefault(string start)
    {
        for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, DefaultRelative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}