#:project ../src/Sitrep.Tooling/Sitrep.Tooling.csproj
// Builds data/ner/word-clusters.tsv.gz: Brown word clusters and the capitalisation prior for the NER tagger, from
// ECB+ (CC BY 3.0), the raw-voa article bodies (public domain) and the NER training sentences (see data/ner/README.md):
//   dotnet run tools/build-word-clusters.cs -- ../shared/data ../shared/corpus/raw-voa data/ner/word-clusters.tsv.gz 256 2
using System.Globalization;
using Sitrep.Text.Ner;

var shared = args.Length > 0 ? args[0] : "../shared/data";
var raw = args.Length > 1 ? args[1] : "../shared/corpus/raw-voa";
var output = args.Length > 2 ? args[2] : NerWordClusters.DefaultRelativePath;
var clusters = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 256;
var minCount = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2;
var report = WordClusterBuilder.Build(shared, raw, output, clusters, minCount, CancellationToken.None);
Console.WriteLine(report.ToText());
