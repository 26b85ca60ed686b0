#:project ../src/Sitrep.Encoder/Sitrep.Encoder.csproj
// The int8 encoder against the fp32 one on every sentence of the given corpora (issue 17: "the largest difference
// in the vectors"); the downstream scores are compared by `sitrep eval CORPUS --encoder-precision int8|fp32`:
//   dotnet run tools/compare-encoder-precision.cs -- ../shared/corpus/raw-voa ../shared/corpus/dev-voa ../shared/corpus/voa-train
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Encoder;
using Sitrep.Ingest;
using Sitrep.Pipeline;

using var http = InputReader.CreateHttpClient();
var reader = new InputReader(http);
var articles = new List<Article>();
foreach (var corpus in args)
{
    var folder = Directory.Exists(Path.Combine(corpus, "articles")) ? Path.Combine(corpus, "articles") : corpus;
    await foreach (var outcome in reader.ReadAsync(folder, CancellationToken.None))
    {
        if (outcome is ArticleRead { Article: var article })
        {
            articles.Add(article);
        }
    }
}

using var fp32 = PretrainedEncoder.Load(EncoderPrecision.Float32);
using var int8 = PretrainedEncoder.Load(EncoderPrecision.Int8);
var core = StandardPipeline.Create();
var exact = AnalysisRunner.Analyze(EncodedPipeline.WithEncoder(core, fp32.Stage(SentenceSelection.All)), articles, 2, null, CancellationToken.None);
var quantised = AnalysisRunner.Analyze(EncodedPipeline.WithEncoder(core, int8.Stage(SentenceSelection.All)), articles, 2, null, CancellationToken.None);
double minSentenceCosine = 1, sumSentenceCosine = 0, maxSentenceComponent = 0, minPieceCosine = 1, maxPieceComponent = 0;
long sentences = 0, pieces = 0;
foreach (var (a, b) in exact.Zip(quantised))
{
    foreach (var (x, y) in a.Get<EncodingLayer>().Encoded.Zip(b.Get<EncodingLayer>().Encoded))
    {
        var cosine = Cosine(x.SentenceVector, y.SentenceVector);
        minSentenceCosine = Math.Min(minSentenceCosine, cosine);
        sumSentenceCosine += cosine;
        maxSentenceComponent = Math.Max(maxSentenceComponent, MaxDifference(x.SentenceVector, y.SentenceVector));
        sentences++;
        for (var p = 0; p < x.Pieces.Length; p++)
        {
            minPieceCosine = Math.Min(minPieceCosine, Cosine(x.PieceVector(p), y.PieceVector(p)));
            maxPieceComponent = Math.Max(maxPieceComponent, MaxDifference(x.PieceVector(p), y.PieceVector(p)));
            pieces++;
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles, {sentences} sentences, {pieces} word pieces"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentence vectors: lowest cosine {minSentenceCosine:0.0000}, mean {sumSentenceCosine / sentences:0.0000}, largest component difference {maxSentenceComponent:0.0000}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"word-piece vectors: lowest cosine {minPieceCosine:0.0000}, largest component difference {maxPieceComponent:0.0000}"));

static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
{
    double dot = 0, na = 0, nb = 0;
    for (var i = 0; i < a.Length; i++)
    {
        dot += a[i] * b[i];
        na += a[i] * a[i];
        nb += b[i] * b[i];
    }

    return dot / Math.Sqrt(na * nb);
}

static double MaxDifference(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
{
    var max = 0.0;
    for (var i = 0; i < a.Length; i++)
    {
        max = Math.Max(max, Math.Abs(a[i] - b[i]));
    }

    return max;
}
