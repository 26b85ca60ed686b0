using System.CommandLine;
using System.Globalization;
using Sitrep.Events;
using Sitrep.Training;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train events CORPUS…</c>: train the event stage's models on every story of the gold corpora given.</summary>
internal static class TrainEventsCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Gold corpus folders (articles/ and gold.json inside) to train on.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the models; a training report is written beside them (training-report.txt).",
            HelpName = "FILE",
            DefaultValueFactory = _ => EventModels.DefaultRelativePath,
        };
        var seed = new Option<int>("--seed") { Description = "The shuffling seed: the same corpora and seed give the same models.", DefaultValueFactory = _ => 17 };
        var command = new Command(
            "events",
            """
            Train the event stage's models (does a sentence report an event, its PLOVER type, incident or aggregate,
            which reports are one event) on every story of the gold corpora given, and write them with a training
            report. Measure before shipping: 'sitrep eval CORPUS… --folds 5' scores the same recipe on held-out stories.

            Example (from the repository root):
              sitrep train events ../shared/corpus/voa-train ../shared/corpus/dev-voa ../shared/corpus/dev data/events/ecb-gold
            """)
        {
            corpus, output, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            // Trained without encoder vectors: the event stage runs before the encoder in every analysing verb.
            var corpora = await GoldCorporaLoader.LoadAsync(console, parse.GetRequiredValue(corpus), "none", "int8", ct).ConfigureAwait(false);
            if (corpora is null)
            {
                return ExitCodes.SomeFailed;
            }

            var diagnostics = new List<Sitrep.Diagnostic>();
            var validator = new CrossValidator();
            var articles = corpora.SelectMany(c => validator.Prepare(c, diagnostics)).ToList();
            EvalCommand.Report(console, diagnostics.Where(d => d.Severity == Sitrep.DiagnosticSeverity.Error));
            var lines = new List<string>
            {
                "Sitrep event models — training report",
                "command: sitrep train events " + string.Join(' ', parse.GetRequiredValue(corpus)) + string.Create(CultureInfo.InvariantCulture, $" --seed {parse.GetValue(seed)}"),
                "corpora: " + string.Join(", ", corpora.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Gold.Name} ({c.Documents.Count} stories, {c.Gold.Events.Count} events)"))),
            };
            var trainer = new EventModelTrainer { Learner = new LogisticRegressionTrainer { Seed = parse.GetValue(seed) } };
            var models = trainer.Train(articles, lines.Add);
            var path = parse.GetRequiredValue(output);
            models.Save(path);
            var reportPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "training-report.txt");
            await File.WriteAllLinesAsync(reportPath, lines, ct).ConfigureAwait(false);
            foreach (var line in lines)
            {
                console.Json.WriteLine(line);
            }

            console.Json.WriteLine($"wrote {path} and {reportPath}");
            return ExitCodes.Ok;
        });
        return command;
    }
}