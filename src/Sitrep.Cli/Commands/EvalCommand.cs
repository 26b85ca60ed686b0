using System.CommandLine;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Training;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval CORPUS…</c>: score the whole pipeline against gold corpora (../shared/design/EVALUATION.md), or cross-validate the event models with <c>--folds K</c>.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Gold corpus folders (articles/ and gold.json inside); several are pooled.", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json();
        var misses = new Option<int>("--misses") { Description = "Show at most this many misses (0 for none).", DefaultValueFactory = _ => 20 }.AtLeast(0);
        var folds = new Option<int>("--folds")
        {
            Description = "Cross-validate: split the stories into K folds, train the event models on K-1, score the held-out fold, beside the rules on the same fold.",
            HelpName = "K",
        };
        folds.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is var k && k != 0 && k < 2)
            {
                r.AddError("--folds must be at least 2 (or 0 for no cross-validation).");
            }
        });
        var trainWith = new Option<string[]>("--train-with")
        {
            Description = "With --folds: a further gold corpus added to the training side of every fold and never scored (repeatable).",
            HelpName = "CORPUS",
            AllowMultipleArgumentsPerToken = false,
        };
        var eventModels = new Option<string?>("--event-models")
        {
            Description = "Without --folds: decide events with these trained models ('sitrep train events') instead of the hand-written rules.",
            HelpName = "FILE",
        };
        var without = new Option<string[]>("--without")
        {
            Description = "With --folds: turn these hand-written event rules off in both columns (repeatable; names as 'sitrep eval --folds K --rules-ablation' lists them, e.g. negation-cue).",
            HelpName = "RULE",
            AllowMultipleArgumentsPerToken = false,
        };
        without.Validators.Add(r =>
        {
            foreach (var name in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (EventRuleSet.Parse(name) is null)
                {
                    r.AddError($"--without {name}: no such event rule; the rules are: {string.Join(", ", Enum.GetValues<EventRule>().Select(EventRuleSet.NameOf))}.");
                }
            }
        });
        var ablation = new Option<bool>("--rules-ablation")
        {
            Description = "With --folds: score the hand-written rules with each rule off in turn (no training) and say which rules pay for themselves.",
        };
        var trainShare = new Option<double>("--train-share")
        {
            Description = "With --folds: train each fold's models on this share (0 < S <= 1) of its training stories, chosen by a stable hash; for a learning curve.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        trainShare.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is var share && (share <= 0 || share > 1 || double.IsNaN(share)))
            {
                r.AddError($"--train-share {share}: expected a share above 0 and at most 1 (e.g. 0.5).");
            }
        });
        var withModels = new Option<bool>("--with-models")
        {
            Description = "With --rules-ablation: also train and score the event models without each rule (one cross-validation per rule: slow).",
        };
        var encode = EncoderOptions.Encode();
        var precision = EncoderOptions.Precision();
        var command = new Command(
            "eval",
            """
            Run the whole pipeline on gold corpora in a temporary store and score it: mentions, type, date, place,
            actors, fatalities, clustering (B³) and aggregate errors, then the misses with their evidence.

            With --folds K the event models are cross-validated instead: the pooled stories are split into K folds
            (stories sharing a gold event stay together), each fold is scored by models trained on the others, and
            the hand-written rules are scored on the same folds beside them. Read misses only through this: a rule
            written while reading a story's misses has been trained on that story.

            Examples:
              sitrep eval corpus/dev
              sitrep eval corpus/dev-voa --json --misses 100
              sitrep eval corpus/voa-train corpus/dev-voa --folds 5
            """)
        {
            corpus, json, misses, folds, trainWith, eventModels, without, ablation, withModels, trainShare, encode, precision,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(folds) < 2 && ((r.GetValue(without)?.Length ?? 0) > 0 || r.GetValue(ablation)))
            {
                r.AddError("--without and --rules-ablation need --folds K (the rules are measured by cross-validation).");
            }

            if (r.GetValue(withModels) && !r.GetValue(ablation))
            {
                r.AddError("--with-models goes with --rules-ablation.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var folders = parse.GetRequiredValue(corpus);
            var k = parse.GetValue(folds);
            var rules = EventRuleSet.All.Without((parse.GetValue(without) ?? []).Select(n => EventRuleSet.Parse(n)!.Value));
            return k >= 2
                ? await CrossValidateAsync(console, folders, parse.GetValue(trainWith) ?? [], k, rules, parse.GetValue(trainShare), parse.GetValue(ablation) ? (parse.GetValue(withModels) ? AblationMode.WithModels : AblationMode.Rules) : AblationMode.None, parse.GetValue(json), parse.GetValue(misses), parse.GetValue(encode)!, parse.GetValue(precision)!, ct).ConfigureAwait(false)
                : await EvaluateAsync(console, folders, parse.GetValue(eventModels), parse.GetValue(json), parse.GetValue(misses), parse.GetValue(encode)!, parse.GetValue(precision)!, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Prints each diagnostic as an error or a warning.</summary>
    public static void Report(CliConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
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
    }

    private static async Task<int> EvaluateAsync(CliConsole console, string[] folders, string? modelsPath, bool json, int misses, string encode, string precision, CancellationToken ct)
    {
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                console.Error($"{folder}: no such corpus folder (expected articles/ and gold.json inside).");
                return ExitCodes.SomeFailed;
            }
        }

        EventModels? models = null;
        if (modelsPath is not null)
        {
            try
            {
                models = EventModels.Load(modelsPath);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                console.Error($"{modelsPath}: cannot read the event models: {e.Message}");
                return ExitCodes.SomeFailed;
            }
        }

        var pipeline = EncoderOptions.Compose(StandardPipeline.Create(Sitrep.Geo.Gazetteer.LoadDefault(ct), Sitrep.Actors.ActorDictionary.LoadDefault(ct), models), encode, precision);
        using var http = InputReader.CreateHttpClient();
        var reader = new InputReader(http);
        var corpora = new List<AnalysedCorpus>();
        var diagnostics = new List<Diagnostic>();
        foreach (var folder in folders)
        {
            var analysed = await AnalysedCorpus.LoadAsync(folder, pipeline, reader, TimeProvider.System, diagnostics, ct).ConfigureAwait(false);
            if (analysed is null)
            {
                Report(console, diagnostics);
                return ExitCodes.SomeFailed;
            }

            corpora.Add(analysed);
        }

        var pooled = AnalysedCorpus.Pool(corpora, diagnostics);
        Report(console, diagnostics);
        if (pooled is null)
        {
            return ExitCodes.SomeFailed;
        }

        var report = pooled.Score(pooled.Gold, pooled.Documents);
        return Print(console, json, stream => EvaluationReportJson.Write(stream, report, misses), writer => EvaluationReportText.Write(writer, report, misses));
    }

    private static async Task<int> CrossValidateAsync(
        CliConsole console, string[] folders, string[] trainWith, int k, EventRuleSet rules, double trainShare, AblationMode ablation, bool json, int misses, string encode, string precision, CancellationToken ct)
    {
        var corpora = await GoldCorporaLoader.LoadAsync(console, folders, encode, precision, ct).ConfigureAwait(false);
        if (corpora is null)
        {
            return ExitCodes.SomeFailed;
        }

        var extra = trainWith.Length == 0 ? [] : await GoldCorporaLoader.LoadAsync(console, trainWith, encode, precision, ct).ConfigureAwait(false);
        if (extra is null)
        {
            return ExitCodes.SomeFailed;
        }

        var diagnostics = new List<Diagnostic>();
        var validator = new CrossValidator { Rules = rules, TrainingShare = trainShare };
        void Progress(string line) => console.Errors.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
        if (ablation != AblationMode.None)
        {
            var table = validator.Ablate(corpora, k, diagnostics, Progress, ablation == AblationMode.WithModels);
            Report(console, diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            return table is null ? ExitCodes.SomeFailed : Print(console, json, table.WriteJson, table.WriteText);
        }

        var validation = validator.Run(corpora, extra, k, diagnostics, Progress);
        Report(console, diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        if (validation is null)
        {
            return ExitCodes.SomeFailed;
        }

        return Print(console, json, stream => CrossValidationJson.Write(stream, validation, misses), writer => CrossValidationText.Write(writer, validation, misses));
    }

    // Both scorings print JSON for machines or a table for people, to the same stream.
    private static int Print(CliConsole console, bool json, Action<Stream> writeJson, Action<TextWriter> writeText)
    {
        if (json)
        {
            using var stream = new MemoryStream();
            writeJson(stream);
            JsonOutput.WriteLine(console.Json, stream);
        }
        else
        {
            writeText(console.Json);
        }

        return ExitCodes.Ok;
    }

    private enum AblationMode
    {
        None,
        Rules,
        WithModels,
    }
}