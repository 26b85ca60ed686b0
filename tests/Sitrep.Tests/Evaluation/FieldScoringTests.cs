using Sitrep.Evaluation;

using static Sitrep.Tests.Evaluation.ScoringCorpus;

namespace Sitrep.Tests.Evaluation;

/// <summary>Field accuracies over the aligned events E1 (shelling) and E3 (arrest) of <see cref="ScoringCorpus"/>: the denominator is 2.</summary>
public sealed class FieldScoringTests
{
    private static EvaluationReport ScoreArrestAs(PredictedEvent arrest) => Score(PerfectShelling(), PerfectStrikes(), arrest);

    [Fact]
    public void A_date_guessed_where_gold_is_null_is_wrong()
    {
        var guess = new EvalDate(new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 3));
        var report = ScoreArrestAs(PerfectArrest() with { Date = guess });

        // E1 right, E3 wrong (gold null needs null): 1/2 for the exact date and for the overlap.
        Assert.Equal(new EvaluationRatio(1, 2), report.Date);
        Assert.Equal(new EvaluationRatio(1, 2), report.DateOverlap);
        Assert.Contains(report.Misses, m => m is { Field: "date", Gold: "null", Predicted: "2026-03-03" });
    }

    [Fact]
    public void A_null_date_where_gold_has_one_is_wrong()
    {
        var report = Score(PerfectShelling() with { Date = null }, PerfectStrikes(), PerfectArrest());

        Assert.Equal(new EvaluationRatio(1, 2), report.Date);
        Assert.Equal(new EvaluationRatio(1, 2), report.DateOverlap);
    }

    [Theory]
    [InlineData(2026, 3, 2, 2026, 3, 2, true, true)] // the same day
    [InlineData(2026, 3, 1, 2026, 3, 7, false, true)] // the week holding it: overlaps, not equal
    [InlineData(2026, 3, 3, 2026, 3, 3, false, false)] // the next day
    [InlineData(2026, 2, 1, 2026, 2, 28, false, false)] // the month before
    public void Date_accuracy_needs_the_same_interval_and_overlap_a_shared_day(int y1, int m1, int d1, int y2, int m2, int d2, bool equal, bool overlaps)
    {
        var date = new EvalDate(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));
        var report = Score(PerfectShelling() with { Date = date }, PerfectStrikes(), PerfectArrest());

        // E3 (null, predicted null) is always right.
        Assert.Equal(new EvaluationRatio(equal ? 2 : 1, 2), report.Date);
        Assert.Equal(new EvaluationRatio(overlaps ? 2 : 1, 2), report.DateOverlap);
    }

    [Fact]
    public void Fatalities_guessed_where_gold_is_null_are_wrong()
    {
        var report = ScoreArrestAs(PerfectArrest() with { Fatalities = new EvalCount(0, 0) });

        Assert.Equal(new EvaluationRatio(1, 2), report.Fatalities);
        Assert.Contains(report.Misses, m => m is { Field: "fatalities", Gold: "null", Predicted: "0" });
    }

    [Fact]
    public void Fatalities_need_the_same_range()
    {
        var report = Score(PerfectShelling() with { Fatalities = new EvalCount(5, 6) }, PerfectStrikes(), PerfectArrest());

        Assert.Equal(new EvaluationRatio(1, 2), report.Fatalities);
    }

    [Fact]
    public void A_place_part_guessed_where_gold_is_null_is_wrong_and_only_that_part()
    {
        // E3's gold admin1 is null.
        var report = ScoreArrestAs(PerfectArrest() with { Place = new EvalPlace("EC", "Pichincha", "Quito") });

        Assert.Equal(new EvaluationRatio(2, 2), report.PlaceCountry);
        Assert.Equal(new EvaluationRatio(1, 2), report.PlaceAdmin1);
        Assert.Equal(new EvaluationRatio(2, 2), report.PlaceName);
    }

    [Fact]
    public void A_null_predicted_place_is_wrong_for_every_part_gold_gives()
    {
        var report = ScoreArrestAs(PerfectArrest() with { Place = null });

        // E3 gold: EC / null / Quito → country and name wrong, admin1 (null = null) right.
        Assert.Equal(new EvaluationRatio(1, 2), report.PlaceCountry);
        Assert.Equal(new EvaluationRatio(2, 2), report.PlaceAdmin1);
        Assert.Equal(new EvaluationRatio(1, 2), report.PlaceName);
    }

    [Theory]
    [InlineData("ec", "Canar", "Canar")] // no diacritics, lower-case code
    [InlineData("EC", "CAÑAR", "cañar")] // case
    [InlineData("EC", "Cañar.", "Ca-ñar")] // punctuation
    [InlineData("EC", "Can\u0303ar", " Cañar ")] // decomposed marks, white space
    public void Place_names_ignore_case_diacritics_and_punctuation(string country, string admin1, string name)
    {
        var report = Score(PerfectShelling() with { Place = new EvalPlace(country, admin1, name) }, PerfectStrikes(), PerfectArrest());

        Assert.Equal(1.0, report.PlaceCountry.Value);
        Assert.Equal(1.0, report.PlaceAdmin1.Value);
        Assert.Equal(1.0, report.PlaceName.Value);
    }

    [Theory]
    [InlineData("Sucumbíos", "Sucumbios", true)]
    [InlineData("St. John's", "St Johns", true)]
    [InlineData("Łódź", "Lodz", true)] // ł does not decompose
    [InlineData("Tromsø", "Tromso", true)]
    [InlineData("Đà Nẵng", "Da Nang", true)]
    [InlineData("Hà Nội", "HANOI", true)]
    [InlineData("Cañar", "Canary", false)]
    [InlineData("?", "!", false)] // nothing left after folding matches nothing
    public void Folded_names(string a, string b, bool same) => Assert.Equal(same, ComparableName.Same(a, b));

    [Theory]
    [InlineData("COERCE", true)]
    [InlineData("THREATEN", true)] // the other acceptable answer of the gold list
    [InlineData("coerce", true)]
    [InlineData("ASSAULT", false)]
    [InlineData(null, false)]
    public void A_gold_type_list_accepts_any_of_its_types(string? type, bool right)
    {
        var report = ScoreArrestAs(PerfectArrest() with { Type = type });

        Assert.Equal(new EvaluationRatio(right ? 2 : 1, 2), report.Type);
    }

    [Fact]
    public void Mode_is_scored_only_where_gold_gives_one()
    {
        // E3 gives no mode, so its predicted mode is not counted; E1's wrong mode is: 0/1.
        var report = Score(PerfectShelling() with { Mode = "aerial" }, PerfectStrikes(), PerfectArrest() with { Mode = "arrest" });

        Assert.Equal(new EvaluationRatio(0, 1), report.Mode);
    }

    [Fact]
    public void An_actor_matches_through_an_alias_ignoring_case_and_punctuation()
    {
        // Gold E1 actor: ["Ecuadorian army", "troops"]; the prediction's name differs but an alias folds to "troops".
        var report = Score(PerfectShelling() with { Actors = [Actor("Army of Ecuador", "TROOPS.")] }, PerfectStrikes(), PerfectArrest());

        Assert.Equal(1.0, report.Actor.F1);
    }

    [Fact]
    public void An_actor_matching_no_alternative_counts_against_precision_and_recall()
    {
        var report = Score(PerfectShelling() with { Actors = [Actor("Army of Ecuador", "military")] }, PerfectStrikes(), PerfectArrest());

        // Matched 3 of 4 predicted and 3 of 4 gold: P = R = F1 = 0.75.
        Assert.Equal(new PrecisionRecall(0.75, 0.75), report.Actor);
        Assert.Contains(report.Misses, m => m is { Field: "actors", Predicted: "Army of Ecuador" });
    }

    [Fact]
    public void Each_gold_participant_is_matched_at_most_once()
    {
        var report = Score(PerfectShelling() with { Actors = [Actor("troops"), Actor("Ecuadorian army")] }, PerfectStrikes(), PerfectArrest());

        // 5 predicted participants, 4 gold, 4 matched: P = 0.8, R = 1, F1 = 1.6 / 1.8.
        Assert.Equal((4, 5, 4), (report.ActorsMatched, report.ActorsPredicted, report.ActorsGold));
        Assert.Equal(1.6 / 1.8, report.Actor.F1, 1e-9);
    }

    [Fact]
    public void Actors_and_recipients_are_matched_in_their_roles()
    {
        // Attacker and victim swapped: neither matches, 2 of 4 gold participants remain matched (E3's).
        var swapped = PerfectShelling() with { Actors = [Actor("civilians")], Recipients = [Actor("troops")] };
        var report = Score(swapped, PerfectStrikes(), PerfectArrest());

        Assert.Equal(new PrecisionRecall(0.5, 0.5), report.Actor);
    }
}