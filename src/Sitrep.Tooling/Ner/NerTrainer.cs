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
        string sharedDataDirectory, string modelPath, int iterations, INerGazetteer? gazetteer, NerWordClusters? clusters, CancellationToken ct) =>
        TrainFromSharedData(sharedDataDirectory, modelPath, new NerTrainingOptions { Iterations = iterations, Gazetteer = gazetteer, Clusters = clusters, Viterbi = false }, ct);

    /// <summary>The corpora of issue 18's criterion: held-out edited text.</summary>
    public static readonly IReadOnlySet<string> EditedCriterionCorpora =
        new HashSet<string>(StringComparer.Ordinal) { "re3d", "wikigold", "uner-ewt", TeamNerAnnotations.Voa, TeamNerAnnotations.Ecb };

    private static readonly IReadOnlySet<string> TweetCorpora = new HashSet<string>(StringComparer.Ordinal) { "btc", "wnut17" };

    /// <summary>
    /// Trains on the shared corpora (and the team's annotations when <see cref="NerTrainingOptions.AnnotationsFolder"/> is
    /// set), writes the model to <paramref name="modelPath"/>, and scores it, and <see cref="NerTrainingOptions.CompareModel"/>
    /// beside it, on the held-out sentences. This is <c>sitrep train ner</c>.
    /// </summary>
    public static NerTrainingReport TrainFromSharedData(string sharedDataDirectory, string modelPath, NerTrainingOptions options, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedDataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>();
        var corpora = ReadCorpora(sharedDataDirectory, options.AnnotationsFolder, diagnostics, ct);
        var train = corpora
            .Where(c => c.Split == NerSplit.Train && (options.Tweets || !TweetCorpora.Contains(c.Sentence.Corpus)))
            .Where(c => options.InDomainShare >= 1 || !IsTeamCorpus(c.Sentence.Corpus) || InShare(c.Group, options.InDomainShare))
            .SelectMany(c => Enumerable.Repeat(c.Sentence, IsTeamCorpus(c.Sentence.Corpus) ? Math.Max(1, options.InDomainRepeat) : 1)).ToList();
        var test = corpora.Where(c => c.Split != NerSplit.Train).ToList();

        var watch = Stopwatch.StartNew();
        var (keys, weights) = TrainPerceptron(train, options.Iterations, options.Gazetteer, ct, options.Clusters, options.Viterbi, options.Seed).Average(PruneThreshold);
        var trainingTime = watch.Elapsed;
        NerModel.Save(modelPath, keys, FeatureTable.Quantise(weights), AlwaysOutside(train), options.Gazetteer is not null, options.Clusters, options.Viterbi);

        watch.Restart();
        var model = NerModel.Load(modelPath, options.Gazetteer, options.Clusters);
        var loadTime = watch.Elapsed;
        var scores = NerEvaluator.Score(model, test.Select(t => (new PreparedSentence(t.Sentence), t.Split == NerSplit.Test)));
        var prepared = test.Where(t => t.Sentence.IsValid).Select(t => new PreparedSentence(t.Sentence)).ToList();
        var names = ScoreNames(model, prepared);
        var compared = options.CompareModel is null
            ? []
            : ScoreNames(NerModel.LoadWithResources(options.CompareModel, options.Gazetteer, options.Clusters), prepared);
        var ablation = options.RepairAblation ? RepairAblation(model, prepared) : [];
        return new NerTrainingReport(
            scores, train.Count, test.Count, model.FeatureCount, new FileInfo(modelPath).Length, trainingTime, loadTime, [.. diagnostics])
        {
            NameScores = names,
            RepairAblation = ablation,
            ComparedNameScores = compared,
            ComparedModel = options.CompareModel,
        };
    }

    /// <summary>Issue 18's table: PERSON / ORG / place per held-out corpus, the criterion's pool, and the tweets apart.</summary>
    internal static ImmutableArray<NerLabelScore> ScoreNames(NerModel model, IReadOnlyList<PreparedSentence> heldOut) =>
        NerEvaluator.ScoreNames(model, heldOut, [
            ("edited pool (criterion: re3d, wikigold, uner-ewt test, voa, ecb)", EditedCriterionCorpora),
            ("team annotations (voa, ecb)", new HashSet<string> { TeamNerAnnotations.Voa, TeamNerAnnotations.Ecb }),
            ("shared edited (re3d, wikigold, uner-ewt test)", new HashSet<string> { "re3d", "wikigold", "uner-ewt" }),
            ("tweets (btc, wnut17; not in the criterion)", TweetCorpora),
        ]);

    // The criterion's pool with each repair left out, then with none: a repair stays only if leaving it out costs F1.
    private static ImmutableArray<NerLabelScore> RepairAblation(NerModel model, IReadOnlyList<PreparedSentence> heldOut)
    {
        var pool = (Name: "pool", Corpora: EditedCriterionCorpora);
        var inPool = heldOut.Where(s => EditedCriterionCorpora.Contains(s.Corpus)).ToList();
        var rows = ImmutableArray.CreateBuilder<NerLabelScore>();
        foreach (var name in NerLabelRepair.Steps.Select(s => s.Name).Prepend(string.Empty).Append("all"))
        {
            var variant = name.Length == 0 ? model : model.WithoutRepairs(new HashSet<string> { name });
            var label = name.Length == 0 ? "every repair" : name == "all" ? "no repair" : "without " + name;
            rows.AddRange(NerEvaluator.ScoreNames(variant, inPool, [pool]).Where(s => s.Corpus == pool.Name).Select(s => s with { Corpus = label }));
        }

        return rows.ToImmutable();
    }

    private static bool IsTeamCorpus(string corpus) => corpus is TeamNerAnnotations.Voa or TeamNerAnnotations.Ecb;

    // A stable share of the annotated stories (or ECB+ topics), for learning curves: the same stories at every run.
    private static bool InShare(string group, double share) => FeatureHash.Mix(37, FeatureHash.Of(group)) % 1000 < (ulong)(share * 1000);

    private static List<(NerSentence Sentence, NerSplit Split, string Group)> ReadCorpora(
        string sharedDataDirectory, string? annotationsFolder, List<Diagnostic> diagnostics, CancellationToken ct)
    {
        var result = new SharedNerCorpora(TextResources.Load()).ReadAll(Path.Combine(sharedDataDirectory, "ner"), diagnostics, ct)
            .Select(c => (c.Sentence, c.Split, string.Empty)).ToList();
        if (annotationsFolder is not null)
        {
            result.AddRange(new TeamNerAnnotations(TextResources.Load()).ReadAll(annotationsFolder, diagnostics, ct));
        }

        return result;
    }

    /// <summary>
    /// The sentences of the shared NER corpora that <see cref="TrainFromSharedData(string, string, int, INerGazetteer, CancellationToken)"/> never trains on: the held-out
    /// test splits and the evaluation-only (CC BY-SA) corpora, with our labels. For scoring other taggers side by side.
    /// </summary>
    public static IReadOnlyList<NerSentence> ReadSharedTestSentences(string sharedDataDirectory, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedDataDirectory);
        var corpora = new SharedNerCorpora(TextResources.Load()).ReadAll(Path.Combine(sharedDataDirectory, "ner"), [], ct);
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
        return new NerModel(new FeatureTable(keys, FeatureTable.Quantise(weights), NerLabels.Count), gazetteer, TextTables.Load(), AlwaysOutside(sentences), clusters);
    }

    /// <summary>Trains a model in memory on <paramref name="sentences"/> with <paramref name="options"/>' features, decoder and seed (its corpus choices do not apply).</summary>
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, NerTrainingOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (keys, weights) = TrainPerceptron(sentences, options.Iterations, options.Gazetteer, ct, options.Clusters, options.Viterbi, options.Seed).Average(0);
        return new NerModel(
            new FeatureTable(keys, FeatureTable.Quantise(weights), NerLabels.Count), options.Gazetteer, TextTables.Load(), AlwaysOutside(sentences), options.Clusters, options.Viterbi);
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
        IReadOnlyList<NerSentence> sentences, int iterations, INerGazetteer? gazetteer, CancellationToken ct, NerWordClusters? clusters = null, bool viterbi = false, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var extractor = new NerFeatureExtractor(gazetteer, TextTables.Load().Lexicon, null, clusters);
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
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            ct.ThrowIfCancellationRequested();
            new Random((seed * 1000) + iteration + 1).Shuffle(order);
            foreach (var index in order)
            {
                var (features, lowers, shapes, gold) = prepared[index];
                if (viterbi)
                {
                    StructuredStep(perceptron, features, lowers, shapes, gold);
                }
                else
                {
                    GreedyStep(perceptron, features, lowers, shapes, gold);
                }
            }
        }

        return perceptron;
    }

    // Greedy left-to-right decoding with the predicted history; each wrong label updates at once.
    private static void GreedyStep(AveragedPerceptron perceptron, ulong[] features, ulong[] lowers, ulong[] shapes, int[] gold)
    {
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<ulong> history = stackalloc ulong[NerFeatureExtractor.HistoryCount];
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

    // The structured perceptron (Collins 2002): decode the whole sentence by constrained Viterbi, then move the weights
    // toward the gold sequence's features and away from the prediction's where the two differ.
    private static void StructuredStep(AveragedPerceptron perceptron, ulong[] features, ulong[] lowers, ulong[] shapes, int[] gold)
    {
        var n = gold.Length;
        var labels = NerLabels.Count;
        var width = NerFeatureExtractor.StaticCount;
        var tokenScores = new float[n * labels];
        for (var i = 0; i < n; i++)
        {
            var row = tokenScores.AsSpan(i * labels, labels);
            foreach (var f in features.AsSpan(i * width, width))
            {
                perceptron.AddScores(f, row);
            }
        }

        var predicted = new int[n];
        var transitions = new PerceptronTransitions(perceptron, lowers, shapes);
        NerViterbi.Decode(tokenScores, [], ref transitions, predicted);
        Span<ulong> goldTransition = stackalloc ulong[NerFeatureExtractor.TransitionCount];
        Span<ulong> guessTransition = stackalloc ulong[NerFeatureExtractor.TransitionCount];
        for (var i = 0; i < n; i++)
        {
            var goldPrevious = i == 0 ? NerLabels.Outside : gold[i - 1];
            var guessPrevious = i == 0 ? NerLabels.Outside : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                var tokenFeatures = features.AsSpan(i * width, width);
                perceptron.Update(tokenFeatures, gold[i], 1f);
                perceptron.Update(tokenFeatures, predicted[i], -1f);
            }

            if (gold[i] != predicted[i] || goldPrevious != guessPrevious)
            {
                NerFeatureExtractor.Transition(goldPrevious, lowers[i], shapes[i], goldTransition);
                NerFeatureExtractor.Transition(guessPrevious, lowers[i], shapes[i], guessTransition);
                perceptron.Update(goldTransition, gold[i], 1f);
                perceptron.Update(guessTransition, predicted[i], -1f);
            }

            perceptron.Tick();
        }
    }

    private readonly struct PerceptronTransitions(AveragedPerceptron perceptron, ulong[] lowers, ulong[] shapes) : INerTransitionScores
    {
        public void Add(int token, int previous, scoped Span<float> scores)
        {
            Span<ulong> transition = stackalloc ulong[NerFeatureExtractor.TransitionCount];
            NerFeatureExtractor.Transition(previous, lowers[token], shapes[token], transition);
            foreach (var f in transition)
            {
                perceptron.AddScores(f, scores);
            }
        }
    }
}