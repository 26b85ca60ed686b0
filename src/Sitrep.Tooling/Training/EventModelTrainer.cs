using Sitrep.Evaluation;
using Sitrep.Events;

namespace Sitrep.Training;

/// <summary>
/// Trains the event stage's models (<see cref="EventModels"/>) on prepared gold articles: the detector over every
/// sentence, type and kind over the sentences that report gold events, the same-event model over pairs of them. The two
/// decision thresholds are chosen by an inner cross-validation over the training articles alone (F1 of the held-out
/// predictions), so the articles being scored never set them.
/// </summary>
public sealed class EventModelTrainer
{
    private const int InnerFolds = 3;

    /// <summary>The learner every model is trained with.</summary>
    public LogisticRegressionTrainer Learner { get; init; } = new();

    /// <summary>
    /// How much an aggregate counts in training the kind model: 3, because reporting a campaign summary as an incident
    /// is the costlier error (EVALUATION.md counts it; cross-validated aggregate errors 20 at 1, 16 at 3, 14 at 6 with
    /// mention F1 0.547, 0.549, 0.536).
    /// </summary>
    public double AggregateWeight { get; init; } = 3;

    private Dictionary<string, double> AggregateWeights => new(StringComparer.Ordinal) { ["aggregate"] = AggregateWeight };

    /// <summary>Trains on <paramref name="articles"/>; <paramref name="report"/> receives a line per step.</summary>
    public EventModels Train(IReadOnlyList<PreparedArticle> articles, Action<string>? report = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var detectExamples = DetectExamples(articles);
        var detector = Learner.Train(detectExamples, ["no", "yes"]);
        var typeExamples = TypeExamples(articles);
        var type = Learner.Train(typeExamples, [.. typeExamples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        var kind = Learner.Train(KindExamples(articles), ["incident", "aggregate"], AggregateWeights);
        var pairExamples = articles.SelectMany(a => a.PairExamples()).ToList();
        var same = Learner.Train(pairExamples, ["no", "yes"]);
        var (detectThreshold, sameThreshold) = Thresholds(articles);
        report?.Invoke($"detector: {detectExamples.Count} sentences ({detectExamples.Count(e => e.Label == "yes")} report events), {detector.Features.Count} features, threshold {detectThreshold:0.00}");
        report?.Invoke($"type: {typeExamples.Count} reports, {type.Classes.Count} types; kind: {KindExamples(articles).Count} reports");
        report?.Invoke($"same event: {pairExamples.Count} pairs ({pairExamples.Count(e => e.Label == "yes")} joined in gold), threshold {sameThreshold:0.00}");
        return new EventModels(detector, detectThreshold, type, kind, same, sameThreshold, null);
    }

    private static List<LabelledExample> DetectExamples(IEnumerable<PreparedArticle> articles) =>
        [.. articles.SelectMany(a => a.SentenceFeatures.Select((f, s) => new LabelledExample(f, a.GoldBySentence[s].Count > 0 ? "yes" : "no")))];

    private static List<LabelledExample> TypeExamples(IEnumerable<PreparedArticle> articles) =>
        [.. articles.SelectMany(a => a.SentenceFeatures.SelectMany((f, s) => a.GoldBySentence[s]
            .Where(g => PreparedArticle.TypeOf(g) is not null)
            .Select(g => new LabelledExample(f, PloverTypeNames.NameOf(PreparedArticle.TypeOf(g)!.Value)))))];

    private static List<LabelledExample> KindExamples(IEnumerable<PreparedArticle> articles) =>
        [.. articles.SelectMany(a => a.SentenceFeatures.SelectMany((f, s) => a.GoldBySentence[s]
            .Select(g => new LabelledExample(f, g.IsAggregate ? "aggregate" : "incident"))))];

    // The thresholds with the best mention F1 over the inner folds' held-out articles, each decoded by models trained
    // on the other inner folds: the scorer's matching, approximated per article (a mention matches a gold event its
    // first sentence reports, each gold event once).
    private (double Detect, double Same) Thresholds(IReadOnlyList<PreparedArticle> articles)
    {
        var scored = new List<(PreparedArticle Article, ArticleScores Scores)>();
        for (var fold = 0; fold < InnerFolds; fold++)
        {
            var train = articles.Where((_, i) => i % InnerFolds != fold).ToList();
            var test = articles.Where((_, i) => i % InnerFolds == fold).ToList();
            if (train.Count == 0 || test.Count == 0 || TrainModels(train) is not { } models)
            {
                continue;
            }

            scored.AddRange(test.Select(a => (a, new ArticleScores(a.Reading, models, a.SentenceFeatures))));
        }

        var best = (Detect: 0.5, Same: 0.5);
        var bestF1 = -1.0;
        for (var detect = 0.1; detect < 0.91; detect += 0.05)
        {
            for (var same = 0.2; same < 0.91; same += 0.1)
            {
                var (matched, predicted, gold) = (0, 0, 0);
                foreach (var (article, scores) in scored)
                {
                    var (m, p, g) = MentionCounts(article, scores.Decode(detect, same));
                    (matched, predicted, gold) = (matched + m, predicted + p, gold + g);
                }

                var f1 = matched == 0 ? 0 : 2.0 * matched / (predicted + gold);
                if (f1 > bestF1 + 1e-9)
                {
                    bestF1 = f1;
                    best = (Math.Round(detect, 2), Math.Round(same, 2));
                }
            }
        }

        return best;
    }

    private EventModels? TrainModels(IReadOnlyList<PreparedArticle> train)
    {
        var types = TypeExamples(train);
        var pairs = train.SelectMany(a => a.PairExamples()).ToList();
        if (types.Count == 0 || pairs.Select(p => p.Label).Distinct().Count() < 2)
        {
            return null;
        }

        return new EventModels(
            Learner.Train(DetectExamples(train), ["no", "yes"]), 0.5,
            Learner.Train(types, [.. types.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]),
            Learner.Train(KindExamples(train), ["incident", "aggregate"], AggregateWeights),
            Learner.Train(pairs, ["no", "yes"]), 0.5, null);
    }

    private static (int Matched, int Predicted, int Gold) MentionCounts(PreparedArticle article, List<(List<int> Sentences, EventMention Mention)> decoded)
    {
        var gold = article.GoldBySentence.SelectMany(g => g).Distinct().ToList();
        var matched = new HashSet<GoldEvent>();
        foreach (var (sentences, _) in decoded)
        {
            if (article.GoldBySentence[sentences[0]].FirstOrDefault(g => !matched.Contains(g)) is { } hit)
            {
                matched.Add(hit);
            }
        }

        return (matched.Count, decoded.Count, gold.Count);
    }

    /// <summary>The threshold among 0.05 … 0.95 with the best F1 over <paramref name="scored"/>; 0.5 when nothing is scored.</summary>
    public static double BestThreshold(IReadOnlyList<(double P, bool Gold)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var best = 0.5;
        var bestF1 = -1.0;
        for (var t = 0.05; t < 0.96; t += 0.05)
        {
            var tp = scored.Count(s => s.P >= t && s.Gold);
            var fp = scored.Count(s => s.P >= t && !s.Gold);
            var fn = scored.Count(s => s.P < t && s.Gold);
            var f1 = tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
            if (f1 > bestF1 + 1e-9)
            {
                bestF1 = f1;
                best = Math.Round(t, 2);
            }
        }

        return best;
    }
}