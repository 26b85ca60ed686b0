using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval-plover</c>: the accuracy of event-type coding on the PLOVER gold records not trained on (issue 8).
/// A verb of its own rather than a subcommand of <c>eval CORPUS</c>, so that a corpus folder named "plover" still works.
/// </summary>
internal static class EvalPloverCommand
{
    // The records are dated 2000-01-01 (PLOVER_GSR_CAMEO_readme.tex): the publication date the pipeline reads them on.
    private static readonly DateOnly RecordDate = new(2000, 1, 1);

    public static Command Create(CliConsole console)
    {
        var gold = new Option<string>("--gold")
        {
            Description = "The PLOVER gold records (a JSON array, PLOVER_GSR_CAMEO.txt).",
            HelpName = "FILE",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ontology", "PLOVER_GSR_CAMEO.txt"),
        };
        var model = new Option<string?>("--write-model")
        {
            Description = "Write the naive-Bayes model trained on the training part here (data/events/plover-type-nb.txt).",
            HelpName = "FILE",
        };
        var json = CommonOptions.Json();
        var command = new Command(
            "eval-plover",
            """
            Split the PLOVER gold records 80/20 by a hash of their id, then score the event type on the held-out fifth:
            (a) the trigger-lexicon event stage run on each record's sentence (first mention's type; no mention is wrong),
            (b) a naive-Bayes text classifier trained on the other four fifths, (c) the lexicon with (b) as fallback,
            (d) the event stage's type model (the recipe of 'sitrep train events') trained on the same four fifths.

            Examples (from the repository root):
              sitrep eval-plover
              sitrep eval-plover --json
              sitrep eval-plover --write-model data/events/plover-type-nb.txt
            """)
        {
            gold, model, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(gold);
            if (!File.Exists(path))
            {
                console.Error($"{path}: no such file (pass the PLOVER gold records with --gold).");
                return ExitCodes.SomeFailed;
            }

            var diagnostics = new List<Diagnostic>();
            var records = PloverGoldReader.Read(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false), path, diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                console.Warning(diagnostic.ToString());
            }

            var train = records.Where(r => !PloverGoldSplit.IsHeldOut(r.Id)).ToList();
            var test = records.Where(r => PloverGoldSplit.IsHeldOut(r.Id)).ToList();
            var classifier = PloverTypeClassifier.Train(train);
            if (parse.GetValue(model) is { } output)
            {
                await using var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false));
                classifier.Write(writer, ModelHeader(train.Count));
            }

            var pipeline = StandardPipeline.Create();
            var lexicon = new Dictionary<string, PloverType?>(StringComparer.Ordinal);
            foreach (var record in test)
            {
                ct.ThrowIfCancellationRequested();
                var document = new Document(record.Id, record.Text, RecordDate);
                pipeline.Process(document, ct);
                lexicon[record.Id] = document.Get<EventLayer>().Mentions is [var first, ..] ? first.Type : null;
            }

            // (d) the event stage's trained type model, its recipe unchanged, trained on the same four fifths.
            var typeModel = new Sitrep.Training.PloverTypeModel(
                StandardPipeline.UpToEvents(Sitrep.Geo.Gazetteer.LoadDefault(ct), Sitrep.Actors.ActorDictionary.LoadDefault(ct)).Build(), RecordDate);
            var trainFeatures = train.Select(r => (r, typeModel.Features(r, ct))).ToList();
            var trained = typeModel.Train(trainFeatures, new Sitrep.Training.LogisticRegressionTrainer());
            var learned = test.ToDictionary(r => r.Id, r => PloverTypeNames.TryParse(trained.Best(typeModel.Features(r, ct)).Class, out var t) ? t : (PloverType?)null, StringComparer.Ordinal);

            PloverTypeScore[] scores =
            [
                PloverTypeScore.Of("trigger lexicon", test, r => lexicon[r.Id]),
                PloverTypeScore.Of("naive Bayes", test, r => classifier.Classify(r.Text)),
                PloverTypeScore.Of("lexicon, else naive Bayes", test, r => lexicon[r.Id] ?? classifier.Classify(r.Text)),
                PloverTypeScore.Of("trained type model", test, r => learned[r.Id]),
            ];
            Write(console, parse.GetValue(json), records.Count, train.Count, scores);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ModelHeader(int trained) => string.Create(CultureInfo.InvariantCulture, $"""
        PLOVER event-type naive-Bayes counts (Sitrep, issue 8): TYPE<TAB>feature<TAB>count; <prior> rows count records.
        Recipe: sitrep eval-plover --write-model data/events/plover-type-nb.txt (from the repository root), trained on the
        {trained} PLOVER_GSR_CAMEO.txt records whose id is not held out by PloverGoldSplit (FNV-1a of the id mod 5 != 0).
        Licence: derived from the PLOVER gold-standard records, Copyright 2016 Open Event Data Alliance, CC BY-SA 4.0
        (https://github.com/openeventdata/PLOVER); this file is shared under the same licence.
        """);

    private static void Write(CliConsole console, bool json, int records, int train, PloverTypeScore[] scores)
    {
        if (json)
        {
            JsonOutput.Write(console.Json, writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("records", records);
                writer.WriteNumber("train", train);
                writer.WriteNumber("test", records - train);
                writer.WriteStartArray("methods");
                foreach (var s in scores)
                {
                    writer.WriteStartObject();
                    writer.WriteString("method", s.Method);
                    writer.WriteNumber("accuracy", Math.Round(s.Accuracy, 3));
                    writer.WriteNumber("correct", s.Correct);
                    writer.WriteNumber("predicted", s.Predicted);
                    writer.WriteNumber("accuracy_when_predicted", Math.Round(s.AccuracyWhenPredicted, 3));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return;
        }

        var c = CultureInfo.InvariantCulture;
        console.Json.WriteLine(string.Create(c, $"PLOVER gold records: {records} ({train} trained on, {records - train} held out and scored)"));
        console.Json.WriteLine();
        console.Json.WriteLine(string.Create(c, $"{"method",-28}{"accuracy",-10}{"correct",-10}{"typed",-8}accuracy when typed"));
        foreach (var s in scores)
        {
            console.Json.WriteLine(string.Create(c, $"{s.Method,-28}{s.Accuracy,-10:0.000}{s.Correct,-10}{s.Predicted,-8}{s.AccuracyWhenPredicted:0.000}"));
        }
    }
}