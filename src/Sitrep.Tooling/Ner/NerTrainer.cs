using System.Collections.Immutable;
using System.Diagnostics;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// Trains the named-entity tagger: an averaged perceptron over <see cref="NerFeatureExtractor"/> features, greedy
/// decoding with predicted label history, sentences shuffled each pass (Collins 2002; Ratinov and Roth 2009).
/// </summary>
public static class NerTrainer
{
    /// <summary>Features whose largest averaged weight is below this are dropped from the saved model (keeps it a few MB).</summary>
    public const float PruneThreshold = 1.0f;

    /// <summary>
    /// Trains on the openly licensed corpora in <paramref name="sharedDataDirectory"/>/ner (see data/ner/README.md for
    /// the sources, the label mapping and the split), writes the model to <paramref name="modelPath"/>, and scores it
    /// on the held-out test splits and the evaluation-only corpora. This is <c>sitrep train ner</c>.
    /// </summary>
    public static NerTrainingReport TrainFromSharedData(string sharedDataDirectory, string modelPath, int iterations, CancellationToken ct) =>
        TrainFromSharedData(sharedDataDirectory, modelPath, iterations, null, ct);

    /// <summary>
    /// As <see cref="TrainFromSharedData(string, string, int, CancellationToken)"/>, with dictionary features from
    /// <paramref name="gazetteer"/> (the model then needs the same gazetteer at run time; null for none).
    /// </summary>
    public static NerTrainingReport TrainFromSharedData(string sharedDataDirectory, string modelPath, int iterations, INerGazetteer? gazetteer, CancellationToken ct) =>
        TrainFromSharedData(sharedDataDirectory, modelPath, iterations, gazetteer, null, ct);

    /// <summary>
    /// As <see cref="TrainFromSharedData(string, string, int, INerGazetteer, CancellationToken)"/>, with word-cluster and
    /// capitalisation-prior features from <paramref name="clusters"/> (the model then needs the same table at run time; null for none).
    /// </summary>
    public static NerTrainingReport TrainFromSharedData(
        string sharedDataDirectory, string modelPath, int iterations, INerGazetteer? gazetteer, NerWordClusters? clusters, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedDataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        var diagnostics = new List<Diagnostic>();
        var corpora = new SharedNerCorpora(TextResources.Default).ReadAll(Path.Combine(sharedDataDirectory, "ner"), diagnostics, ct);
        var train = corpora.Where(c => c.Split == NerSplit.Train).Select(c => c.Sentence).ToList();
        var test = corpora.Where(c => c.Split != NerSplit.Train).ToList();

        var watch = Stopwatch.StartNew();
        var (keys, weights) = TrainWeights(train, iterations, gazetteer, clusters, PruneThreshold, ct);
        var trainingTime = watch.Elapsed;
        NerModel.Save(modelPath, keys, FeatureTable.Quantise(weights), AlwaysOutside(train), gazetteer is not null, clusters);

        watch.Restart();
        var model = NerModel.Load(modelPath, gazetteer, clusters);
        var loadTime = watch.Elapsed;
        var scores = NerEvaluator.Score(model, test.Select(t => (new PreparedSentence(t.Sentence), t.Split == NerSplit.Test)));
        return new NerTrainingReport(
            scores, train.Count, test.Count, model.FeatureCount, new FileInfo(modelPath).Length, trainingTime, loadTime, [.. diagnostics]);
    }

    /// <summary>
    /// The sentences of the shared NER corpora that <see cref="TrainFromSharedData(string, string, int, INerGazetteer, CancellationToken)"/> never trains on: the held-out
    /// test splits and the evaluation-only (CC BY-SA) corpora, with our labels. For scoring other taggers side by side.
    /// </summary>
    public static IReadOnlyList<NerSentence> ReadSharedTestSentences(string sharedDataDirectory, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedDataDirectory);
        var corpora = new SharedNerCorpora(TextResources.Default).ReadAll(Path.Combine(sharedDataDirectory, "ner"), [], ct);
        return [.. corpora.Where(c => c.Split != NerSplit.Train).Select(c => c.Sentence)];
    }

    /// <summary>Trains on <paramref name="training"/>, writes the model to <paramref name="modelPath"/> and scores it on <paramref name="test"/> (if any).</summary>
    public static NerTrainingReport TrainToFile(
        IReadOnlyList<NerSentence> training, string modelPath, int iterations, CancellationToken ct, IReadOnlyList<NerSentence>? test = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        var watch = Stopwatch.StartNew();
        var (keys, weights) = TrainWeights(training, iterations, null, null, 0, ct);
        var trainingTime = watch.Elapsed;
        NerModel.Save(modelPath, keys, FeatureTable.Quantise(weights), AlwaysOutside(training), false);
        watch.Restart();
        var model = NerModel.Load(modelPath);
        var loadTime = watch.Elapsed;
        var scores = test is null ? [] : Evaluate(model, test);
        return new NerTrainingReport(
            scores, training.Count, test?.Count ?? 0, model.FeatureCount, new FileInfo(modelPath).Length, trainingTime, loadTime, []);
    }

    /// <summary>Trains a model in memory on <paramref name="sentences"/>.</summary>
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, int iterations, INerGazetteer? gazetteer, CancellationToken ct) =>
        Train(sentences, iterations, gazetteer, null, ct);

    /// <summary>Trains a model in memory on <paramref name="sentences"/>, with word-cluster features when <paramref name="clusters"/> is not null.</summary>
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, int iterations, INerGazetteer? gazetteer, NerWordClusters? clusters, CancellationToken ct)
    {
        var (keys, weights) = TrainWeights(sentences, iterations, gazetteer, clusters, 0, ct);
        return new NerModel(new FeatureTable(keys, FeatureTable.Quantise(weights), NerLabels.Count), gazetteer, AlwaysOutside(sentences), clusters);
    }

    /// <summary>Entity-level scores of <paramref name="model"/> on <paramref name="sentences"/>, per corpus and label.</summary>
    public static ImmutableArray<NerLabelScore> Evaluate(NerModel model, IEnumerable<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        return NerEvaluator.Score(model, sentences.Where(s => s.IsValid).Select(s => (new PreparedSentence(s), true)));
    }

    /// <summary>
    /// Words seen at least <c>MinCount</c> times and never inside an entity ("the", "said", ","): the tagger labels
    /// them O without scoring, which halves its work on news text at no cost in accuracy on the held-out sets.
    /// </summary>
    internal static HashSet<ulong> AlwaysOutside(IEnumerable<NerSentence> sentences)
    {
        const int MinCount = 20;
        var counts = new Dictionary<ulong, (int Total, int Inside)>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                var key = FeatureHash.OfLower(sentence.Words[i]);
                var (total, inside) = counts.GetValueOrDefault(key);
                counts[key] = (total + 1, inside + (sentence.Labels[i] == "O" ? 0 : 1));
            }
        }

        return [.. counts.Where(c => c.Value.Total >= MinCount && c.Value.Inside == 0).Select(c => c.Key)];
    }

    private static (ulong[] Keys, float[] Weights) TrainWeights(
        IReadOnlyList<NerSentence> sentences, int iterations, INerGazetteer? gazetteer, NerWordClusters? clusters, float threshold, CancellationToken ct) =>
        TrainPerceptron(sentences, iterations, gazetteer, ct, clusters).Average(threshold);

    internal static AveragedPerceptron TrainPerceptron(
        IReadOnlyList<NerSentence> sentences, int iterations, INerGazetteer? gazetteer, CancellationToken ct, NerWordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var extractor = new NerFeatureExtractor(gazetteer, null, clusters);
        var prepared = new List<(ulong[] Features, ulong[] Lowers, ulong[] Shapes, int[] Gold)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (!sentence.IsValid)
            {
                continue;
            }

            var p = new PreparedSentence(sentence);
            var n = p.Gold.Length;
            var features = new ulong[n * NerFeatureExtractor.StaticCount];
            var lowers = new ulong[n];
            var shapes = new ulong[n];
            extractor.Extract(p.Text, p.Tokens, 0, n, features, lowers, shapes);
            prepared.Add((features, lowers, shapes, p.Gold));
        }

        var perceptron = new AveragedPerceptron(NerLabels.Count);
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<ulong> history = stackalloc ulong[NerFeatureExtractor.HistoryCount];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            ct.ThrowIfCancellationRequested();
            new Random(iteration + 1).Shuffle(order);
            foreach (var index in order)
            {
                var (features, lowers, shapes, gold) = prepared[index];
                int previous = NerLabels.Outside, previous2 = NerLabels.Outside;
                for (var i = 0; i < gold.Length; i++)
                {
                    var tokenFeatures = features.AsSpan(i * NerFeatureExtractor.StaticCount, NerFeatureExtractor.StaticCount);
                    NerFeatureExtractor.History(previous, previous2, lowers[i], shapes[i], history);
                    NerDecoder.Score(perceptron, tokenFeatures, history, scores);
                    var guess = NerDecoder.Best(scores, previous);
                    if (guess != gold[i])
                    {
                        perceptron.Update(tokenFeatures, gold[i], 1f);
                        perceptron.Update(history, gold[i], 1f);
                        perceptron.Update(tokenFeatures, guess, -1f);
                        perceptron.Update(history, guess, -1f);
                    }

                    perceptron.Tick();
                    previous2 = previous;
                    previous = guess;
                }
            }
        }

        return perceptron;
    }
}