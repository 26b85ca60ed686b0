#:project ../src/Sitrep.Tooling/Sitrep.Tooling.csproj
// Rebuilds data/ner/model.bin from the shared NER corpora until `sitrep train ner` exists:
//   dotnet run tools/train-ner.cs -- ../shared/data data/ner/model.bin 10
using Sitrep.Text.Ner;

var shared = args.Length > 0 ? args[0] : "../shared/data";
var model = args.Length > 1 ? args[1] : "data/ner/model.bin";
var iterations = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
var report = NerTrainer.TrainFromSharedData(shared, model, iterations, new GeoNerGazetteer(Sitrep.Geo.Gazetteer.LoadDefault()), CancellationToken.None);
Console.WriteLine(report.ToText());
