using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Events;

namespace Sitrep.Training;

/// <summary>
/// <c>sitrep eval CORPUS… --folds K</c> (EVALUATION.md, "Cross-validation"): the pooled gold stories are split into K
/// folds by story; for each fold the event models are trained on the other folds and the fold is scored, and the
/// hand-written rules (not trained) are scored on the same fold in the same run, so the two columns compare directly.
/// </summary>
public sealed class CrossValidator
{
    private readonly EventMentionStage rules = new(TriggerLexicon.LoadDefault());

    /// <summary>Trains the models of each fold.</summary>
    public EventModelTrainer Trainer { get; init; } = new();

    /// <summary>How the mentions of a fold are clustered (the defaults when null).</summary>
    public ClusteringOptions? Clustering { get; init; }

    /// <summary>
    /// Runs the cross-validation over <paramref name="corpora"/> (analysed without an event stage); null with an error
    /// in <paramref name="diagnostics"/> when they cannot be pooled. <paramref name="progress"/> hears of each fold.
    /// </summary>
    public CrossValidation? Run(IReadOnlyList<AnalysedCorpus> corpora, int k, List<Diagnostic> diagnostics, Action<string>? progress = null) =>
        Run(corpora, [], k, diagnostics, progress);

    /// <summary>
    /// As <see cref="Run(IReadOnlyList{AnalysedCorpus}, int, List{Diagnostic}, Action{string}?)"/>, with
    /// <paramref name="trainingOnly"/> corpora added to the training side of every fold and never scored (gold from
    /// other outlets that widens what the models see without changing what is measured).
    /// </summary>
    public CrossValidation? Run(IReadOnlyList<AnalysedCorpus> corpora, IReadOnlyList<AnalysedCorpus> trainingOnly, int k, List<Diagnostic> diagnostics, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(trainingOnly);
        ArgumentNullException.ThrowIfNull(corpora);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (AnalysedCorpus.Pool(corpora, diagnostics) is not { } pooled)
        {
            return null;
        }

        var gold = pooled.Gold;
        var articles = Prepare(pooled, diagnostics);
        if (articles.Count < k)
        {
            diagnostics.Add(new Diagnostic(gold.Name, null, $"{articles.Count} stories cannot be split into {k} folds"));
            return null;
        }

        var extra = trainingOnly.SelectMany(c => Prepare(c, diagnostics)).ToList();
        var folds = StoryFolds.Split([.. articles.Select(a => a.Id)], gold.Events, k);
        if (Enumerable.Range(0, k).FirstOrDefault(f => !folds.Values.Contains(f), -1) is var empty && empty >= 0)
        {
            diagnostics.Add(new Diagnostic(gold.Name, null, $"fold {empty + 1} of {k} has no story: stories that share gold events stay together, so these {articles.Count} stories make fewer than {k} groups; use fewer folds"));
            return null;
        }

        var results = new List<FoldResult>();
        for (var fold = 0; fold < k; fold++)
        {
            var test = articles.Where(a => folds[a.Id] == fold).ToList();
            var models = Trainer.Train([.. articles.Where(a => folds[a.Id] != fold), .. extra]);
            var foldGold = GoldCorpusSubsets.Restrict(gold, test.Select(a => a.Id).ToHashSet(StringComparer.Ordinal));
            var learned = pooled.Score(foldGold, [.. test.Select(a => WithEvents(a.Reading, models))], Clustering);
            var baseline = pooled.Score(foldGold, [.. test.Select(a => WithEvents(a.Reading, null))], Clustering);
            results.Add(new FoldResult(fold, [.. test.Select(a => a.Id)], learned, baseline));
            progress?.Invoke($"fold {fold + 1}/{k}: {test.Count} stories, mention F1 {learned.Mention.F1:0.000} (rules {baseline.Mention.F1:0.000})");
        }

        return new CrossValidation(gold.Name, k, results);
    }

    /// <summary>The training view of every analysed article of <paramref name="corpus"/>: reading, features, gold by sentence.</summary>
    public IReadOnlyList<PreparedArticle> Prepare(AnalysedCorpus corpus, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var evaluationArticles = corpus.Documents.ToDictionary(
            d => d.Id,
            d => new EvaluationArticle(d.Id, d.Text, [.. d.Get<SentenceLayer>().Sentences.Select(s => s.Span)]),
            StringComparer.Ordinal);
        var sites = MentionMatcher.LocateGold(corpus.Gold, evaluationArticles, diagnostics);
        var byArticle = sites.ToLookup(s => s.ArticleId, StringComparer.Ordinal);
        return [.. corpus.Documents.Select(d =>
        {
            var sentences = d.Get<SentenceLayer>().Sentences;
            var gold = new List<GoldEvent>[sentences.Length];
            for (var s = 0; s < sentences.Length; s++)
            {
                gold[s] = [];
            }

            foreach (var site in byArticle[d.Id])
            {
                for (var s = 0; s < sentences.Length; s++)
                {
                    var goldEvent = corpus.Gold.Events[site.EventIndex];
                    if (site.Regions.Any(r => r.Overlaps(sentences[s].Span)) && !gold[s].Contains(goldEvent))
                    {
                        gold[s].Add(goldEvent);
                    }
                }
            }

            return new PreparedArticle(rules.Read(d), gold);
        })];
    }

    private static Document WithEvents(EventReading reading, EventModels? models)
    {
        var fork = reading.Document.Fork();
        var (mentions, quotes) = EventMentionStage.Decide(reading, models);
        fork.Add(new EventLayer(mentions));
        fork.Add(new QuoteLayer(quotes));
        return fork;
    }
}