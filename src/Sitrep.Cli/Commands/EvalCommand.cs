using System.CommandLine;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval CORPUS</c>: score the whole pipeline against a gold corpus (../shared/design/EVALUATION.md).</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Argument<string>("corpus") { Description = "A gold corpus folder: articles/ and gold.json." };
        var json = CommonOptions.Json();
        var misses = new Option<int>("--misses") { Description = "Show at most this many misses (0 for none).", DefaultValueFactory = _ => 20 }.AtLeast(0);
        var command = new Command(
            "eval",
            """
            Run the whole pipeline on a gold corpus in a temporary store and score it: mentions, type, date, place,
            actors, fatalities, clustering (B³) and aggregate errors, then the misses with their evidence.

            Examples:
              sitrep eval corpus/dev
              sitrep eval corpus/dev-voa --json --misses 100
            """)
        {
            corpus, json, misses,
        };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetRequiredValue(corpus);
            if (!Directory.Exists(folder))
            {
                console.Error($"{folder}: no such corpus folder (expected articles/ and gold.json inside).");
                return ExitCodes.SomeFailed;
            }

            using var http = InputReader.CreateHttpClient();
            var evaluator = new CorpusEvaluator(StandardPipeline.Create(), new InputReader(http), TimeProvider.System);
            var result = await evaluator.EvaluateAsync(folder, ct).ConfigureAwait(false);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    console.Error(diagnostic.ToString());
                }
                else
                {
                    console.Warning(diagnostic.ToString());
                }
            }

            if (result.Report is null)
            {
                return ExitCodes.SomeFailed;
            }

            if (parse.GetValue(json))
            {
                using var stream = new MemoryStream();
                EvaluationReportJson.Write(stream, result.Report, parse.GetValue(misses));
                JsonOutput.WriteLine(console.Json, stream);
            }
            else
            {
                EvaluationReportText.Write(console.Json, result.Report, parse.GetValue(misses));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}