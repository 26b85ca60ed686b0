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
    private readonly Lazy<TriggerLexicon> lexicon = new(TriggerLexicon.LoadDefault);
    private EventMentionStage? rules;

    /// <summary>The hand-written rules applied, both as the rules' column and as what the models read (all when not set).</summary>
    public EventRuleSet Rules { get; init; } = EventRuleSet.All;

    /// <summary>
    /// The share of each fold's training stories the models see (1 for all): a learning curve, to tell whether more
    /// gold of the same kind would lift a score (stories are kept by a stable hash, so smaller shares nest in larger).
    /// </summary>
    public double TrainingShare { get; init; } = 1;

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
            var models = Trainer.Train([.. articles.Where(a => folds[a.Id] != fold && StoryFolds.InShare(a.Id, TrainingShare)), .. extra]);
            var foldGold = GoldCorpusSubsets.Restrict(gold, test.Select(a => a.Id).ToHashSet(StringComparer.Ordinal));
            var learned = pooled.Score(foldGold, [.. test.Select(a => WithEvents(a.Reading, models))], Clustering);
            var baseline = pooled.Score(foldGold, [.. test.Select(a => WithEvents(a.Reading, null))], Clustering);
            results.Add(new FoldResult(fold, [.. test.Select(a => a.Id)], learned, baseline));
            progress?.Invoke($"fold {fold + 1}/{k}: {test.Count} stories, mention F1 {learned.Mention.F1:0.000} (rules {baseline.Mention.F1:0.000})");
        }

        return new CrossValidation(gold.Name, k, results);
    }

    /// <summary>The training view of every analysed article of <paramref name="corpus"/>: reading, features, gold by sentence.</summary>
    public IReadOnlyList<PreparedArticle> Prepare(AnalysedCorpus corpus, List<Diagnostic> diagnostics) =>
        Prepare(corpus, RuleStage, GoldBySentence(corpus, diagnostics));

    private static List<PreparedArticle> Prepare(AnalysedCorpus corpus, EventMentionStage stage, Dictionary<string, List<GoldEvent>[]> gold) =>
        [.. corpus.Documents.Select(d => new PreparedArticle(stage.Read(d), gold[d.Id]))];

    // Each article's gold events by sentence: located once per corpus whatever the rules read it.
    private static Dictionary<string, List<GoldEvent>[]> GoldBySentence(AnalysedCorpus corpus, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var evaluationArticles = corpus.Documents.ToDictionary(
            d => d.Id,
            d => new EvaluationArticle(d.Id, d.Text, [.. d.Get<SentenceLayer>().Sentences.Select(s => s.Span)]),
            StringComparer.Ordinal);
        var sites = MentionMatcher.LocateGold(corpus.Gold, evaluationArticles, diagnostics);
        var byArticle = sites.ToLookup(s => s.ArticleId, StringComparer.Ordinal);
        return corpus.Documents.ToDictionary(d => d.Id, d =>
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

            return gold;
        }, StringComparer.Ordinal);
    }

    /// <summary>
    /// The rules' column scored with each rule of <see cref="Rules"/> turned off in turn, on the folds <see cref="Run(IReadOnlyList{AnalysedCorpus}, int, List{Diagnostic}, Action{string}?)"/>
    /// uses (issue #19: a rule stays only where its removal lowers the cross-validated score). The rules are not
    /// trained, so no model is trained here. The first row is every rule on.
    /// </summary>
    /// <remarks>
    /// With <paramref name="withModels"/> the models are trained again on each fold without each rule as well (the
    /// models read what the rules say of every trigger, so a rule can pay as a feature where it does not as a filter);
    /// that costs one cross-validation per rule.
    /// </remarks>
    public RulesAblation? Ablate(IReadOnlyList<AnalysedCorpus> corpora, int k, List<Diagnostic> diagnostics, Action<string>? progress = null, bool withModels = false)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (AnalysedCorpus.Pool(corpora, diagnostics) is not { } pooled)
        {
            return null;
        }

        var documents = pooled.Documents;
        if (documents.Count < k)
        {
            diagnostics.Add(new Diagnostic(pooled.Gold.Name, null, $"{documents.Count} stories cannot be split into {k} folds"));
            return null;
        }

        var folds = StoryFolds.Split([.. documents.Select(d => d.Id)], pooled.Gold.Events, k);
        var foldGold = Enumerable.Range(0, k)
            .Select(f => GoldCorpusSubsets.Restrict(pooled.Gold, documents.Where(d => folds[d.Id] == f).Select(d => d.Id).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var rows = new List<RulesAblationRow>();
        var gold = GoldBySentence(pooled, diagnostics);
        foreach (var rule in new EventRule?[] { null }.Concat(Enum.GetValues<EventRule>().Where(Rules.On).Cast<EventRule?>()))
        {
            var stage = new EventMentionStage(lexicon.Value, null, rule is { } off ? Rules.Without(off) : Rules);
            var prepared = Prepare(pooled, stage, gold).ToDictionary(a => a.Id, StringComparer.Ordinal);
            var reports = new List<EvaluationReport>();
            var learned = withModels ? new List<EvaluationReport>() : null;
            for (var f = 0; f < k; f++)
            {
                var test = documents.Where(d => folds[d.Id] == f).Select(d => prepared[d.Id]).ToList();
                reports.Add(pooled.Score(foldGold[f], [.. test.Select(a => WithEvents(a.Reading, null))], Clustering));
                if (learned is not null)
                {
                    var models = Trainer.Train([.. prepared.Values.Where(a => folds[a.Id] != f)]);
                    learned.Add(pooled.Score(foldGold[f], [.. test.Select(a => WithEvents(a.Reading, models))], Clustering));
                }
            }

            rows.Add(new RulesAblationRow(rule, reports, learned));
            progress?.Invoke(rule is { } r ? $"without {EventRuleSet.NameOf(r)}" : "every rule on");
        }

        return new RulesAblation(pooled.Gold.Name, k, rows);
    }

    private EventMentionStage RuleStage => rules ??= new EventMentionStage(lexicon.Value, null, Rules);

    private static Document WithEvents(EventReading reading, EventModels? models)
    {
        var fork = reading.Document.Fork();
        var (mentions, quotes) = EventMentionStage.Decide(reading, models);
        fork.Add(new EventLayer(mentions));
        fork.Add(new QuoteLayer(quotes));
        return fork;
    }
}