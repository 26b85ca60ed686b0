using System.CommandLine;
using Sitrep.Text.Ner;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train ner</c>: rebuild the bundled NER model from the openly licensed corpora.</summary>
internal static class TrainCommand
{
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
        var ner = new Command(
            "ner",
            """
            Train the averaged-perceptron entity tagger (PERSON, ORG, GPE, LOC, NORP) and print per-label scores
            on the held-out split. data/ner/README.md records the recipe, sources and licences.

            Example (from the repository root):
              sitrep train ner --data path/to/shared-data -o data/ner/model.bin
            """)
        {
            shared, output, iterations, clusters,
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
            var report = NerTrainer.TrainFromSharedData(dataFolder, parse.GetRequiredValue(output), parse.GetValue(iterations), gazetteer, wordClusters, ct);
            console.Json.WriteLine(report.ToText());
            return Task.FromResult(ExitCodes.Ok);
        });
        return new Command("train", "Rebuild a bundled model from open training data.") { ner, TrainEventsCommand.Create(console) };
    }
}