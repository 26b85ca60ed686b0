using System.CommandLine;
using Sitrep.Text.Ner;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train ner</c>: rebuild the bundled NER model from the openly licensed corpora.</summary>
internal static class TrainCommand
{
    private const string AnnotationsRelativePath = "data/ner/voa-annotated";

    public static Command Create(CliConsole console)
    {
        var shared = new Option<string>("--data")
        {
            Description = "The shared data folder holding ner/ (the shared data set's README describes it).",
            HelpName = "PATH",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data"),
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the model.",
            HelpName = "FILE",
            DefaultValueFactory = _ => NerModel.DefaultRelativePath,
        };
        var clusters = new Option<string?>("--clusters")
        {
            Description = $"Word clusters and capitalisation prior to train with (default {NerWordClusters.DefaultRelativePath}; 'none' for none).",
            HelpName = "FILE",
        };
        var iterations = new Option<int>("--iterations") { Description = "Perceptron passes over the training data.", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var annotations = new Option<string?>("--annotations")
        {
            Description = $"The team's annotated edited news to train on (default {AnnotationsRelativePath} under the current folder when there; 'none' for none). One story in five is held out.",
            HelpName = "FOLDER",
        };
        var seed = new Option<int>("--seed") { Description = "Seeds the shuffle of each pass: the same data and seed give the same model.", DefaultValueFactory = _ => 0 };
        var decoder = new Option<string>("--decoder") { Description = "viterbi (first-order, structured perceptron) or greedy (the previous model's decoder).", DefaultValueFactory = _ => "viterbi" }
            .AcceptOnlyFromAmong("viterbi", "greedy");
        var noTweets = new Option<bool>("--no-tweets") { Description = "Leave the tweet corpora (BTC, WNUT 2017) out of training; their test splits are still scored." };
        var share = new Option<double>("--in-domain-share") { Description = "Share (0-1) of the annotated training stories to train on, for a learning curve.", DefaultValueFactory = _ => 1.0 };
        var repeat = new Option<int>("--in-domain-repeat") { Description = "Times each annotated training sentence is trained on per pass.", DefaultValueFactory = _ => 1 }.AtLeast(1);
        var ablation = new Option<bool>("--repair-ablation") { Description = "Also score the new model with each label repair left out in turn (and with none)." };
        var compare = new Option<string?>("--compare")
        {
            Description = "A model to score beside the new one on the same held-out sentences (e.g. the previous data/ner/model.bin, copied aside).",
            HelpName = "FILE",
        };
        var ner = new Command(
            "ner",
            """
            Train the averaged-perceptron entity tagger (PERSON, ORG, GPE, LOC, NORP) and print per-label scores
            on the held-out split. data/ner/README.md records the recipe, sources and licences.

            Example (from the repository root):
              sitrep train ner --data path/to/shared-data -o data/ner/model.bin
            """)
        {
            shared, output, iterations, clusters, annotations, seed, decoder, noTweets, share, compare, ablation, repeat,
        };
        ner.SetAction((parse, ct) =>
        {
            var dataFolder = parse.GetRequiredValue(shared);
            if (!Directory.Exists(Path.Combine(dataFolder, "ner")))
            {
                console.Error($"{dataFolder}: no ner/ folder inside; pass the shared data folder with --data.");
                return Task.FromResult(ExitCodes.SomeFailed);
            }

            // The geography gazetteer and data/ner's name lists give dictionary features; the model needs them at run time too.
            var gazetteer = new GeoNerGazetteer(Sitrep.Geo.Gazetteer.LoadDefault(ct));
            var clustersPath = parse.GetValue(clusters);
            var wordClusters = clustersPath switch
            {
                "none" => null,
                null => NerWordClusters.LoadDefault(),
                _ => NerWordClusters.Load(clustersPath),
            };
            var annotationsFolder = parse.GetValue(annotations) switch
            {
                "none" => null,
                null => Directory.Exists(AnnotationsRelativePath) ? AnnotationsRelativePath : null,
                var folder => folder,
            };
            if (annotationsFolder is not null && !Directory.Exists(Path.Combine(annotationsFolder, "voa")))
            {
                console.Error($"{annotationsFolder}: no voa/ folder inside; pass the annotated data folder ({AnnotationsRelativePath}) with --annotations.");
                return Task.FromResult(ExitCodes.SomeFailed);
            }

            var compareModel = parse.GetValue(compare);
            if (compareModel is not null && !File.Exists(compareModel))
            {
                console.Error($"{compareModel}: --compare model not found.");
                return Task.FromResult(ExitCodes.SomeFailed);
            }

            var shareValue = parse.GetValue(share);
            if (shareValue is <= 0 or > 1)
            {
                console.Error($"--in-domain-share {shareValue}: must be above 0 and at most 1.");
                return Task.FromResult(ExitCodes.SomeFailed);
            }

            var options = new NerTrainingOptions
            {
                Iterations = parse.GetValue(iterations),
                Gazetteer = gazetteer,
                Clusters = wordClusters,
                Viterbi = parse.GetValue(decoder) == "viterbi",
                Seed = parse.GetValue(seed),
                AnnotationsFolder = annotationsFolder,
                Tweets = !parse.GetValue(noTweets),
                InDomainShare = shareValue,
                CompareModel = compareModel,
                RepairAblation = parse.GetValue(ablation),
                InDomainRepeat = parse.GetValue(repeat),
            };
            var report = NerTrainer.TrainFromSharedData(dataFolder, parse.GetRequiredValue(output), options, ct);
            console.Json.WriteLine(report.ToText());
            return Task.FromResult(ExitCodes.Ok);
        });
        return new Command("train", "Rebuild a bundled model from open training data.") { ner, TrainEventsCommand.Create(console) };
    }
}