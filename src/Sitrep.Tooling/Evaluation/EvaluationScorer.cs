namespace Sitrep.Evaluation;

/// <summary>
/// Scores predicted events against a gold corpus exactly as EVALUATION.md defines; the choices it leaves open are
/// fixed here and in docs/evaluation-scoring.md:
/// <list type="bullet">
/// <item>Mentions are matched one to one (a predicted mention, like a gold one, is matched at most once), best overlap first.</item>
/// <item>Field accuracies and actor F1 are over aligned events: gold incidents that at least one predicted event is
/// aligned to, each counted once, against the prediction sharing most mentions with it. Other predictions aligned to
/// the same gold event (a split) are not field-scored; the split costs B³ recall. Aggregates are scored only for detection.</item>
/// <item>Mode accuracy is over the aligned events whose gold gives a mode.</item>
/// <item>Any ratio with a zero denominator is 0: an empty prediction scores precision 0, recall 0, B³ 0.</item>
/// <item>B³ is over matched mentions only (see <see cref="BCubed"/>).</item>
/// </list>
/// </summary>
public static class EvaluationScorer
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    /// <param name="gold">The gold corpus.</param>
    /// <param name="articles">The analysed articles by id: the text gold evidence is found in and its sentences.</param>
    /// <param name="predicted">Every predicted event of the corpus.</param>
    /// <returns>The scores, the misses and warnings (evidence not found in an article's text is a warning, not a crash).</returns>
    public static EvaluationReport Score(GoldCorpus gold, IReadOnlyDictionary<string, EvaluationArticle> articles, IReadOnlyList<PredictedEvent> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(predicted);
        var diagnostics = new List<Diagnostic>();
        var matching = MentionMatcher.Match(gold, articles, predicted, diagnostics);
        var alignment = EventAlignment.Align(matching, gold.Events.Count, predicted.Count);
        var misses = new List<EvaluationMiss>();
        var describe = new MissDescriber(gold, predicted, matching, alignment);
        describe.AddMentionMisses(misses);
        describe.AddClusterMisses(misses);

        var fields = new FieldScorer(misses);
        var aligned = 0;
        var aggregatesAsIncidents = 0;
        for (var g = 0; g < gold.Events.Count; g++)
        {
            var e = alignment.Representative[g];
            if (e < 0)
            {
                continue;
            }

            var (article, evidence) = describe.Anchor(g, e);
            if (gold.Events[g].IsAggregate != predicted[e].IsAggregate)
            {
                misses.Add(new EvaluationMiss(article, evidence, "kind", gold.Events[g].Kind, predicted[e].Kind));
            }

            if (gold.Events[g].IsAggregate)
            {
                aggregatesAsIncidents += predicted[e].IsAggregate ? 0 : 1;
                continue;
            }

            aligned++;
            fields.Score(gold.Events[g], predicted[e], article, evidence);
        }

        var mergedWithAggregates = describe.AddAggregateMerges(misses);
        var matched = matching.Matched;
        return new EvaluationReport
        {
            Corpus = gold.Name,
            Articles = gold.Articles.Count,
            GoldEvents = gold.Events.Count,
            PredictedEvents = predicted.Count,
            GoldMentions = matching.Gold.Count,
            PredictedMentions = matching.Predicted.Count,
            MatchedMentions = matched,
            Mention = PrecisionRecall.FromCounts(matched, matching.Predicted.Count, matching.Gold.Count),
            AlignedEvents = aligned,
            Type = fields.Type,
            Mode = fields.Mode,
            Date = fields.Date,
            DateOverlap = fields.DateOverlap,
            PlaceCountry = fields.PlaceCountry,
            PlaceAdmin1 = fields.PlaceAdmin1,
            PlaceName = fields.PlaceName,
            Actor = PrecisionRecall.FromCounts(fields.ActorsMatched, fields.ActorsPredicted, fields.ActorsGold),
            ActorsMatched = fields.ActorsMatched,
            ActorsPredicted = fields.ActorsPredicted,
            ActorsGold = fields.ActorsGold,
            Fatalities = fields.Fatalities,
            BCubed = BCubed.Score(matching),
            IncidentsMergedWithAggregates = mergedWithAggregates,
            AggregatesAsIncidents = aggregatesAsIncidents,
            Misses = misses,
            Diagnostics = diagnostics,
        };
    }
}