using Sitrep.Evaluation;

using static Sitrep.Tests.Evaluation.ScoringCorpus;

namespace Sitrep.Tests.Evaluation;

/// <summary>
/// Whole-output cases on <see cref="ScoringCorpus"/> (E1 shelling: 2 mentions, E2 strikes aggregate: 1, E3 arrest: 2),
/// with the expected numbers worked out by hand in the comments.
/// </summary>
public sealed class EvaluationScorerTests
{
    private const double Tolerance = 1e-9;

    private static PredictedEvent Bare(string id, string kind, params PredictedMention[] mentions) =>
        new(id, kind, null, null, null, null, [], [], null, mentions);

    [Fact]
    public void Perfect_output_scores_one_everywhere()
    {
        var report = Score([.. Perfect()]);

        Assert.Equal(new PrecisionRecall(1, 1), report.Mention);
        Assert.Equal(5, report.MatchedMentions);
        // Aligned events are the gold incidents E1 and E3; E2 is an aggregate, scored for detection only.
        Assert.Equal(2, report.AlignedEvents);
        Assert.Equal(new EvaluationRatio(2, 2), report.Type);
        // Only E1 gives a mode.
        Assert.Equal(new EvaluationRatio(1, 1), report.Mode);
        Assert.Equal(1.0, report.Date.Value);
        Assert.Equal(1.0, report.DateOverlap.Value);
        Assert.Equal(1.0, report.PlaceCountry.Value);
        Assert.Equal(1.0, report.PlaceAdmin1.Value);
        Assert.Equal(1.0, report.PlaceName.Value);
        // 4 gold participants (troops, civilians, police, protesters), 4 predicted, 4 matched.
        Assert.Equal((4, 4, 4), (report.ActorsMatched, report.ActorsPredicted, report.ActorsGold));
        Assert.Equal(1.0, report.Actor.F1);
        Assert.Equal(1.0, report.Fatalities.Value);
        Assert.Equal(new PrecisionRecall(1, 1), report.BCubed);
        Assert.Equal(0, report.AggregateErrors);
        Assert.Empty(report.Misses);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Empty_output_scores_zero_everywhere_precision_included()
    {
        var report = Score();

        // Precision over zero predictions is defined as 0, so an empty run never looks precise.
        Assert.Equal(new PrecisionRecall(0, 0), report.Mention);
        Assert.Equal(new PrecisionRecall(0, 0), report.BCubed);
        Assert.Equal(0, report.AlignedEvents);
        Assert.Equal(0.0, report.Type.Value);
        Assert.Equal(0.0, report.Date.Value);
        Assert.Equal(0.0, report.Actor.F1);
        Assert.Equal(5, report.Misses.Count(m => m.Field == "mention" && m.Predicted == "nothing"));
    }

    [Fact]
    public void Everything_merged_into_one_event()
    {
        var report = Score(Bare("all", "incident", AllGoldMentions()));

        // One cluster of 5 matched mentions; classes E1 (2), E2 (1), E3 (2).
        // Precision per item = |cluster ∩ class| / 5: 2/5, 2/5, 1/5, 2/5, 2/5 → mean 9/25 = 0.36.
        // Recall per item = |cluster ∩ class| / |class| = 1 for all → 1.
        // F1 = 2 · 0.36 · 1 / 1.36 = 0.5294…
        Assert.Equal(new PrecisionRecall(1, 1), report.Mention);
        Assert.Equal(0.36, report.BCubed.Precision, Tolerance);
        Assert.Equal(1.0, report.BCubed.Recall, Tolerance);
        Assert.Equal(0.72 / 1.36, report.BCubed.F1, Tolerance);
        // Shares 2 with E1 and 2 with E3: the tie goes to E1, listed first; E3 has no aligned prediction.
        Assert.Equal(1, report.AlignedEvents);
        // The one predicted event holds the aggregate E2 and the incidents: one merge.
        Assert.Equal(1, report.IncidentsMergedWithAggregates);
        Assert.Equal(0, report.AggregatesAsIncidents);
        Assert.Equal(1, report.AggregateErrors);
    }

    [Fact]
    public void Every_mention_its_own_event()
    {
        var report = Score([.. AllGoldMentions().Select((m, i) => Bare($"p{i}", "incident", m))]);

        // Five singleton clusters: precision 1 for each item.
        // Recall per item = 1 / |class|: E1 1/2, 1/2; E2 1; E3 1/2, 1/2 → 3/5 = 0.6. F1 = 2 · 0.6 / 1.6 = 0.75.
        Assert.Equal(1.0, report.BCubed.Precision, Tolerance);
        Assert.Equal(0.6, report.BCubed.Recall, Tolerance);
        Assert.Equal(0.75, report.BCubed.F1, Tolerance);
        // E1 and E3 are each aligned (to their first split part); the split is shown as a cluster miss.
        Assert.Equal(2, report.AlignedEvents);
        Assert.Equal(2, report.Misses.Count(m => m.Field == "cluster" && m.Predicted.StartsWith("split over", StringComparison.Ordinal)));
        // E2 predicted as an incident.
        Assert.Equal(1, report.AggregatesAsIncidents);
    }

    [Fact]
    public void B3_leaves_unmatched_predicted_mentions_out()
    {
        var spurious = Mention(A1, "The weather was mild.");
        var report = Score(Bare("all", "incident", [.. AllGoldMentions(), spurious]));

        // Mention precision pays for the spurious mention: 5/6; B³ is as in the all-merged case, 9/25.
        Assert.Equal(5.0 / 6, report.Mention.Precision, Tolerance);
        Assert.Equal(0.36, report.BCubed.Precision, Tolerance);
        Assert.Contains(report.Misses, m => m is { Field: "spurious", Evidence: "The weather was mild.", Gold: "nothing" });
    }

    [Fact]
    public void Aggregate_merged_into_an_incident()
    {
        var shelling = PerfectShelling(Mention(A1, "Troops shelled the town"), Mention(A2, "troops shelled Cañar"), Mention(A1, "dozens of strikes"));
        var report = Score(shelling, PerfectArrest());

        // Clusters: {E1, E1, E2} and {E3, E3}.
        // Precision: E1 items 2/3 each, E2 item 1/3, E3 items 1 each → (4/3 + 1/3 + 2) / 5 = 11/15.
        // Recall: every class lies in one cluster → 1.
        Assert.Equal(11.0 / 15, report.BCubed.Precision, Tolerance);
        Assert.Equal(1.0, report.BCubed.Recall, Tolerance);
        Assert.Equal(1, report.IncidentsMergedWithAggregates);
        Assert.Equal(1, report.AggregateErrors);
        // The merged event still aligns to E1 (2 shared against 1), whose fields are all right.
        Assert.Equal(2, report.AlignedEvents);
        Assert.Equal(1.0, report.Type.Value);
        Assert.Contains(report.Misses, m => m.Field == "aggregate");
    }

    [Fact]
    public void Aggregate_reported_as_an_incident_is_an_aggregate_error()
    {
        var strikes = PerfectStrikes() with { Kind = "incident" };
        var report = Score(PerfectShelling(), strikes, PerfectArrest());

        Assert.Equal(0, report.IncidentsMergedWithAggregates);
        Assert.Equal(1, report.AggregatesAsIncidents);
        Assert.Equal(1, report.AggregateErrors);
        Assert.Contains(report.Misses, m => m is { Field: "kind", Gold: "aggregate", Predicted: "incident" });
    }

    [Fact]
    public void A_split_gold_event_is_scored_once_against_the_prediction_sharing_most()
    {
        // E1's two mentions in two predicted events: the first listed wins the 1–1 tie and is the one field-scored.
        var first = PerfectShelling(Mention(A1, "Troops shelled the town"));
        var second = PerfectShelling(Mention(A2, "troops shelled Cañar")) with { Id = "p-shelling-2", Type = "PROTEST" };
        var report = Score(first, second, PerfectStrikes(), PerfectArrest());

        Assert.Equal(2, report.AlignedEvents);
        Assert.Equal(new EvaluationRatio(2, 2), report.Type);
    }

    [Fact]
    public void A_predicted_event_matching_nothing_is_not_field_scored()
    {
        var stray = Bare("stray", "incident", Mention(A1, "The weather was mild."));
        var report = Score([.. Perfect(), stray]);

        Assert.Equal(2, report.AlignedEvents);
        Assert.Equal(1.0, report.Type.Value);
        Assert.Equal(new PrecisionRecall(5.0 / 6, 1), report.Mention);
        Assert.Equal(4, report.PredictedEvents);
    }
}