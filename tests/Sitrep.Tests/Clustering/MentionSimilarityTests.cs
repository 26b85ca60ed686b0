using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Time;
using static Sitrep.Tests.Clustering.TestMentions;

namespace Sitrep.Tests.Clustering;

public sealed class MentionSimilarityTests
{
    private static readonly Dictionary<string, Place> Places = new()
    {
        ["Quito"] = Quito,
        ["LagoAgrio"] = LagoAgrio,
        ["Sucumbios"] = Sucumbios,
        ["Esmeraldas"] = Esmeraldas,
        ["Ecuador"] = Ecuador,
        ["Colombia"] = Colombia,
        ["Ipiales"] = Ipiales,
        ["Tulcan"] = Tulcan,
        ["Mogadishu"] = Mogadishu,
    };

    private readonly MentionSimilarity similarity = new();

    [Theory]
    [InlineData(PloverType.Assault, null, PloverType.Assault, null, false, "same type")]
    [InlineData(PloverType.Assault, "aerial", PloverType.Assault, "aerial", false, "same type and mode")]
    [InlineData(PloverType.Assault, "aerial", PloverType.Assault, "firearms", false, "modes aerial/firearms")]
    [InlineData(PloverType.Assault, null, PloverType.Coerce, null, false, "of one family")]
    [InlineData(PloverType.Accuse, null, PloverType.Reject, null, false, "of one family")]
    [InlineData(PloverType.Assault, null, PloverType.Accuse, null, true, "types ASSAULT/ACCUSE")]
    [InlineData(PloverType.Consult, null, PloverType.Aid, null, true, "types CONSULT/AID")]
    public void Types_and_modes(PloverType ta, string? ma, PloverType tb, string? mb, bool veto, string reason)
    {
        var score = similarity.Score(Mention("a", type: ta, mode: ma), Mention("b", type: tb, mode: mb));

        Assert.Equal(veto, score.IsVeto);
        Assert.Contains(reason, score.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-06", "day", "2026-03-06", "day", false, "same day")]
    [InlineData("2026-03-06", "day", "2026-03-05", "day", false, "a day apart")]
    [InlineData("2026-03-06", "day", "2026-03-02", "week", false, "dates overlap")]
    [InlineData("2026-03-06", "day", "2026-03-01", "month", false, "dates overlap")]
    [InlineData("2026-03-06", "day", "2026-03-03", "day", true, "disjoint")]
    [InlineData("2026-03-06", "day", "2026-02-01", "month", true, "disjoint")]
    [InlineData("2026-03-06", "day", null, null, false, "undated, published within a week")]
    [InlineData("2026-01-06", "day", null, null, false, "undated, published much later")]
    [InlineData(null, null, null, null, false, "undated, published together")]
    public void Dates(string? fromA, string? unitA, string? fromB, string? unitB, bool veto, string reason)
    {
        var score = similarity.Score(Mention("a", date: Interval(fromA, unitA)), Mention("b", date: Interval(fromB, unitB)));

        Assert.Equal(veto, score.IsVeto);
        Assert.Contains(reason, score.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_report_published_before_the_date_is_vetoed()
    {
        var score = similarity.Score(Mention("a", date: Day(2026, 3, 6)), Mention("b", published: new DateOnly(2026, 3, 1)));

        Assert.True(score.IsVeto);
        Assert.Contains("after publication", score.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 6, false, "same day (month-day)")]
    [InlineData(3, 7, false, "a day apart (month-day)")]
    [InlineData(4, 6, true, "month-day --04-06 outside")]
    public void A_yearless_month_day_is_compared_by_month_and_day(int month, int day, bool veto, string reason)
    {
        var dated = Mention("a", date: Day(2026, 3, 6));
        var yearless = Mention("b", monthDay: new YearlessDate(month, day), unpublished: true);

        var score = similarity.Score(yearless, dated);

        Assert.Equal(veto, score.IsVeto);
        Assert.Contains(reason, score.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LagoAgrio", "LagoAgrio", false, "same place")]
    [InlineData("LagoAgrio", "Sucumbios", false, "same admin1")]
    [InlineData("LagoAgrio", "Ecuador", false, "place within country")]
    [InlineData("Ecuador", "Ecuador", false, "same place")]
    [InlineData("Tulcan", "Ipiales", false, "across a border")]
    [InlineData("LagoAgrio", "Quito", true, "admin1 Sucumbíos/Pichincha")]
    [InlineData("LagoAgrio", "Colombia", true, "countries EC/CO")]
    [InlineData("Quito", "Mogadishu", true, "countries EC/SO")]
    [InlineData("Quito", null, false, "place unknown")]
    public void Places_by_admin1_containment_and_distance(string? a, string? b, bool veto, string reason)
    {
        var score = similarity.Score(Mention("a", place: a is null ? null : Places[a]), Mention("b", place: b is null ? null : Places[b]));

        Assert.Equal(veto, score.IsVeto);
        Assert.Contains(reason, score.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ec-mil", "ec-mil", "participants 1.00")]
    [InlineData("ec-mil+us-mil", "us-mil", "participants 1.00")]
    [InlineData("us-mil", "southcom", "participants 0.50")]
    [InlineData("ec-mil", "al-shabab", "participants 0.00")]
    [InlineData("ec-mil", "", "participants unknown")]
    public void Participants_overlap_by_key_name_and_side(string a, string b, string reason)
    {
        var score = similarity.Score(Mention("a", actors: Actors(a)), Mention("b", recipients: Actors(b)));

        Assert.False(score.IsVeto);
        Assert.Contains(reason, score.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Participants_match_by_alias_when_keys_differ()
    {
        var textOnly = new ActorRef("Ecuadorian forces", "EC", Sitrep.Actors.ActorSector.Unknown, null, []);

        var score = similarity.Score(Mention("a", actors: [EcuadorMilitary]), Mention("b", actors: [textOnly]));

        Assert.Contains("participants 1.00", score.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forces", "participants unknown")]
    [InlineData("Francis Donovan", "participants 0.00")]
    public void Generic_participants_say_nothing_about_identity(string name, string reason)
    {
        var actor = new ActorRef(name, null, Sitrep.Actors.ActorSector.Unknown, null, []);

        var score = similarity.Score(Mention("a", actors: [actor]), Mention("b", actors: [EcuadorMilitary]));

        Assert.Contains(reason, score.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_wording_raises_the_score_and_stop_words_do_not()
    {
        var a = Mention("a", evidence: "Ecuadorian forces struck a Comandos de la Frontera camp in Sucumbíos.");
        var same = Mention("b", evidence: "The strike on the Comandos de la Frontera camp in Sucumbíos was carried out by Ecuadoran forces.");
        var other = Mention("c", evidence: "It was the first of the strikes and it was not the last.");

        var close = similarity.Score(a, same);
        var far = similarity.Score(a, other);

        Assert.True(close.Value > far.Value + 0.05, $"{close.Reason} vs {far.Reason}");
        Assert.Contains("evidence 0.00", far.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EventKind.Aggregate, EventModality.Asserted, "aggregate vs incident")]
    [InlineData(EventKind.Incident, EventModality.Planned, "modality planned/asserted")]
    [InlineData(EventKind.Incident, EventModality.Denied, "modality denied/asserted")]
    public void Hard_rules_veto_whatever_else_agrees(EventKind kind, EventModality modality, string reason)
    {
        var incident = Mention("a", date: Day(2026, 3, 6), place: LagoAgrio, actors: [EcuadorMilitary], evidence: "strike in Sucumbíos");
        var other = Mention("b", kind: kind, modality: modality, date: Day(2026, 3, 6), place: LagoAgrio, actors: [EcuadorMilitary], evidence: "strike in Sucumbíos");

        var score = similarity.Score(other, incident);

        Assert.True(score.IsVeto);
        Assert.Equal(0, score.Value);
        Assert.Equal(reason, score.Reason);
    }

    [Fact]
    public void Claimed_and_alleged_reports_may_join_asserted_ones()
    {
        var score = similarity.Score(Mention("a", modality: EventModality.Claimed), Mention("b", modality: EventModality.Alleged));

        Assert.False(score.IsVeto);
    }

    [Fact]
    public void A_cluster_holding_a_mention_of_the_same_article_vetoes()
    {
        var cluster = new[] { Mention("a", 0, date: Day(2026, 3, 6)), Mention("b", 0, date: Day(2026, 3, 6)) };

        var score = similarity.Score(Mention("b", 1, date: Day(2026, 3, 6)), cluster);

        Assert.True(score.IsVeto);
        Assert.Equal("same article", score.Reason);
    }

    [Fact]
    public void A_cluster_scores_its_best_member_unless_one_vetoes()
    {
        var good = Mention("a", date: Day(2026, 3, 6), place: LagoAgrio, actors: [EcuadorMilitary], evidence: "camp struck in Sucumbíos");
        var vague = Mention("b", place: Ecuador);
        var newcomer = Mention("c", date: Day(2026, 3, 6), place: LagoAgrio, actors: [EcuadorMilitary], evidence: "Sucumbíos camp struck");

        var both = similarity.Score(newcomer, [vague, good]);
        var alone = similarity.Score(newcomer, good);
        var vetoed = similarity.Score(newcomer, [good, Mention("d", date: Day(2026, 2, 1))]);

        Assert.Equal(alone.Value, both.Value, 6);
        Assert.True(vetoed.IsVeto);
    }

    [Fact]
    public void Scores_lie_in_zero_to_one()
    {
        var a = Mention("a", mode: "aerial", date: Day(2026, 3, 6), place: LagoAgrio, actors: [EcuadorMilitary], evidence: "camp struck");
        var b = a with { Id = "b#0", ArticleId = "b" };

        var score = similarity.Score(a, b);

        Assert.InRange(score.Value, 0.99, 1.0);
    }

    private static DateInterval? Interval(string? from, string? unit)
    {
        if (from is null)
        {
            return null;
        }

        var day = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        return unit switch
        {
            "day" => DateInterval.Day(day),
            "week" => new DateInterval(day, day.AddDays(6), DatePrecision.Week),
            _ => DateInterval.Month(day.Year, day.Month),
        };
    }

    private static ActorRef[] Actors(string keys) => [.. keys.Split('+', StringSplitOptions.RemoveEmptyEntries).Select(k => k switch
    {
        "ec-mil" => EcuadorMilitary,
        "us-mil" => UsMilitary,
        "southcom" => Southcom,
        _ => AlShabab,
    })];
}