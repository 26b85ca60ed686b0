#:project ../src/Sitrep.Tooling/Sitrep.Tooling.csproj
// Rebuilds a model from the shared NER corpora and the team's annotations, as `sitrep train ner` does but without the
// word clusters (that verb is the recipe; see data/ner/README.md):
//   dotnet run tools/train-ner.cs -- ../shared/data data/ner/model.bin 10
using Sitrep.Text.Ner;

var shared = args.Length > 0 ? args[0] : "../shared/data";
var model = args.Length > 1 ? args[1] : "data/ner/model.bin";
var iterations = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
var options = new NerTrainingOptions
{
    Iterations = iterations,
    Gazetteer = new GeoNerGazetteer(Sitrep.Geo.Gazetteer.LoadDefault()),
    AnnotationsFolder = Directory.Exists("data/ner/voa-annotated") ? "data/ner/voa-annotated" : null,
};
var report = NerTrainer.TrainFromSharedData(shared, model, options, CancellationToken.None);
Console.WriteLine(report.ToText());
