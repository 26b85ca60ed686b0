#:project ../src/Sitrep/Sitrep.csproj
// Scores data/ner/model.bin (with its gazetteer) on the held-out sentences of the shared NER corpora, without training:
//   dotnet run tools/eval-ner.cs -- ../shared/data data/ner/model.bin
using Sitrep.Geo;
using Sitrep.Text.Ner;

var shared = args.Length > 0 ? args[0] : "../shared/data";
var path = args.Length > 1 ? args[1] : NerModel.DefaultRelativePath;
var gazetteer = NerModel.UsesGazetteer(path) ? new GeoNerGazetteer(Gazetteer.Load(Path.Combine("data", "gazetteer", Gazetteer.FileName))) : null;
var model = NerModel.Load(path, gazetteer);
var sentences = NerTrainer.ReadSharedTestSentences(shared, CancellationToken.None);
foreach (var score in NerTrainer.Evaluate(model, sentences))
{
    Console.WriteLine(score);
}
