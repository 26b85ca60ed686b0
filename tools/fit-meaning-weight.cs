#:project ../src/Sitrep.Encoder/Sitrep.Encoder.csproj
#:project ../src/Sitrep.Tooling/Sitrep.Tooling.csproj
// Fits the share the encoder's evidence-sentence similarity takes in the clustering score (issue 17, part 3) on
// gold pairs, and prints the join/reject margin for each candidate weight:
//   dotnet run tools/fit-meaning-weight.cs -- ../shared/corpus/dev-voa ../shared/corpus/voa-train
// A pair is two mentions of different articles that blocking makes candidates and no hard rule vetoes; it is a
// real join when both mentions' evidence holds the evidence of one gold event, a rejection when they hold
// different gold events' evidence. The weight kept is the smallest with the fewest pairs on the wrong side of the
// threshold: the gold pairs are few (17 on dev-voa + voa-train), too few to back more than the least change that
// puts the most pairs right. The margin (lowest real join minus highest rejection) is printed beside it.
using System.Globalization;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Encoder;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

var corpora = args.Length > 0 ? args : ["../shared/corpus/dev-voa", "../shared/corpus/voa-train"];
using var encoder = PretrainedEncoder.Load(EncoderPrecision.Int8);
var pipeline = EncodedPipeline.WithEncoder(StandardPipeline.Create(), encoder.Stage(SentenceSelection.EventEvidence));
var labelled = new List<(MentionRecord Mention, string Gold)>();
foreach (var corpus in corpora)
{
    var gold = GoldCorpusLoader.Load(corpus, out var diagnostics) ?? throw new InvalidDataException($"{corpus}: {string.Join("; ", diagnostics)}");
    var folder = Path.Combine(Path.GetTempPath(), "sitrep-fit-" + Guid.NewGuid().ToString("N")[..12]);
    Directory.CreateDirectory(folder);
    try
    {
        IReadOnlyList<StoredArticle> stored;
        await using (var store = await SqliteArticleStore.OpenAsync(Path.Combine(folder, "fit.db"), TimeProvider.System, CancellationToken.None))
        {
            using var http = InputReader.CreateHttpClient();
            await new IngestRunner(new InputReader(http), store).RunAsync([Path.Combine(corpus, "articles")], null, CancellationToken.None);
            stored = await store.QueryArticlesAsync(new ArticleQuery(Limit: int.MaxValue), CancellationToken.None);
        }

        var documents = AnalysisRunner.Analyze(pipeline, [.. stored.Select(s => s.Article)], 2, null, CancellationToken.None);
        foreach (var (document, article) in documents.Zip(stored))
        {
            foreach (var mention in MentionRecordFactory.FromDocument(document, article.Article, article.SyndicatedFrom))
            {
                if (GoldEventOf(mention, document, gold) is { } id)
                {
                    labelled.Add((mention, $"{gold.Name}/{id}"));
                }
            }
        }
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

var threshold = ClusteringOptions.Default.Threshold;
double[] weights = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
Console.WriteLine($"{labelled.Count} mentions matched to gold; threshold {threshold}");
var fewestWrong = int.MaxValue;
var chosen = 0.0;
Console.WriteLine("weight  joins  rejections  wrong-side  lowest-join  highest-rejection  margin  mean-join  mean-rejection");
foreach (var weight in weights)
{
    var similarity = new MentionSimilarity(weight);
    var joins = new List<double>();
    var rejections = new List<double>();
    for (var i = 0; i < labelled.Count; i++)
    {
        for (var j = i + 1; j < labelled.Count; j++)
        {
            var (a, b) = (labelled[i], labelled[j]);
            if (a.Mention.ArticleId == b.Mention.ArticleId || !a.Gold.Split('/')[0].Equals(b.Gold.Split('/')[0], StringComparison.Ordinal) ||
                !(Meets(a.Mention, b.Mention) || Meets(b.Mention, a.Mention)))
            {
                continue;
            }

            var score = similarity.Score(a.Mention, b.Mention);
            if (!score.IsVeto)
            {
                (a.Gold == b.Gold ? joins : rejections).Add(score.Value);
            }
        }
    }

    var wrong = joins.Count(s => s < threshold) + rejections.Count(s => s >= threshold);
    if (wrong < fewestWrong)
    {
        (fewestWrong, chosen) = (wrong, weight);
    }

    var lowest = joins.Count > 0 ? joins.Min() : double.NaN;
    var highest = rejections.Count > 0 ? rejections.Max() : double.NaN;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{weight,6:0.00}  {joins.Count,5}  {rejections.Count,10}  {wrong,10}  {lowest,11:0.000}  {highest,17:0.000}  {lowest - highest,6:0.000}  {joins.DefaultIfEmpty().Average(),9:0.000}  {rejections.DefaultIfEmpty().Average(),14:0.000}"));
}

static bool Meets(MentionRecord probe, MentionRecord indexed) => BlockingKeys.ProbeKeys(probe).Intersect(BlockingKeys.IndexKeys(indexed)).Any();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept: {chosen:0.00} (MentionSimilarity.DefaultMeaningWeight)"));

// B³ of the whole evaluation (EVALUATION.md) at each weight, on the fitted corpora
// and on corpus/dev, which the fit did not see.
var dev = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpora[0]))!, "dev");
Console.WriteLine();
Console.WriteLine("weight  corpus  B3-precision  B3-recall  B3-F1");
foreach (var corpus in corpora.Append(dev).Where(Directory.Exists))
{
    foreach (var weight in weights)
    {
        using var http = InputReader.CreateHttpClient();
        var evaluator = new CorpusEvaluator(pipeline, new InputReader(http), TimeProvider.System, ClusteringOptions.Default with { MeaningWeight = weight });
        var b3 = (await evaluator.EvaluateAsync(corpus, CancellationToken.None)).Report!.BCubed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{weight,6:0.00}  {Path.GetFileName(corpus)}  {b3.Precision,12:0.0000}  {b3.Recall,9:0.0000}  {b3.F1,5:0.0000}"));
    }
}

// The gold event whose evidence lies in the mention's evidence sentences (EVALUATION.md's matching, without its one-to-one step).
static string? GoldEventOf(MentionRecord mention, Document document, GoldCorpus gold)
{
    foreach (var e in gold.Events)
    {
        foreach (var m in e.Mentions.Where(m => m.ArticleId == mention.ArticleId))
        {
            foreach (var evidence in m.Evidence)
            {
                var at = document.Text.IndexOf(evidence, StringComparison.Ordinal);
                if (at >= 0 && mention.EvidenceSpans.Any(s => s.Overlaps(new TextSpan(at, at + evidence.Length))))
                {
                    return e.Id;
                }
            }
        }
    }

    return null;
}
