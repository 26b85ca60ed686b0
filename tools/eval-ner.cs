#:project ../src/Sitrep.Tooling/Sitrep.Tooling.csproj
// Scores a model (default data/ner/model.bin, with its gazetteer) on the held-out sentences of the shared NER corpora
// without training; "held-out" pools the test splits of the trained-on corpora, as `sitrep train ner` reports it:
//   dotnet run tools/eval-ner.cs -- ../shared/data data/ner/model.bin [data/ner/word-clusters.tsv.gz]
using System.Globalization;
using Sitrep.Text.Ner;

var shared = args.Length > 0 ? args[0] : "../shared/data";
var path = args.Length > 1 ? args[1] : NerModel.DefaultRelativePath;
var model = NerModel.LoadWithResources(path, clusters: args.Length > 2 ? NerWordClusters.Load(args[2]) : null);
var sentences = NerTrainer.ReadSharedTestSentences(shared, CancellationToken.None);
string[] evalOnly = ["uner-ewt", "re3d-wikipedia"];
var perCorpus = NerTrainer.Evaluate(model, sentences).Where(s => s.Corpus != "held-out");
var pooled = NerTrainer.Evaluate(model, sentences.Where(s => !evalOnly.Contains(s.Corpus))).Where(s => s.Corpus == "held-out");

// The pool split by register: social media (tweets, Reddit, YouTube) against edited text (government releases,
// encyclopedia), because Sitrep reads news and the two differ by far more than any change to the tagger.
string[] social = ["btc", "wnut17"];
var socialPool = NerTrainer.Evaluate(model, sentences.Where(s => social.Contains(s.Corpus)))
    .Where(s => s.Corpus == "held-out").Select(s => s with { Corpus = "held-out social media (btc, wnut17)" });
var editedPool = NerTrainer.Evaluate(model, sentences.Where(s => !social.Contains(s.Corpus) && !evalOnly.Contains(s.Corpus)))
    .Where(s => s.Corpus == "held-out").Select(s => s with { Corpus = "held-out edited text (re3d, wikigold)" });
var editedAll = NerTrainer.Evaluate(model, sentences.Where(s => s.Corpus is "re3d" or "wikigold" or "re3d-wikipedia"))
    .Where(s => s.Corpus == "held-out").Select(s => s with { Corpus = "edited text with eval-only (re3d, wikigold, re3d-wikipedia)" });
Console.WriteLine("| corpus | label | P | R | F1 | gold |");
foreach (var s in perCorpus.Concat(pooled).Concat(socialPool).Concat(editedPool).Concat(editedAll))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {s.Corpus} | {s.Label} | {s.Precision:F3} | {s.Recall:F3} | {s.F1:F3} | {s.TruePositives + s.FalseNegatives} |"));
}
