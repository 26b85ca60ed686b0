using Sitrep.Clustering;
using Sitrep.Events;
using static Sitrep.Tests.Clustering.TestMentions;

namespace Sitrep.Tests.Clustering;

public sealed class EventClustererTests
{
    private readonly EventClusterer clusterer = new();

    [Fact]
    public void Two_reports_of_one_strike_join_and_another_strike_stays_apart()
    {
        var plan = clusterer.Recluster(Corpus());

        var groups = plan.Clusters.Select(c => string.Join(",", c.Mentions.Select(m => m.Id))).ToList();
        Assert.Contains("a#0,b#0,copy#0", groups);
        Assert.Contains("c#0", groups);
        Assert.Equal(plan.Clusters.Sum(c => c.Mentions.Count), plan.Decisions.Count);
    }

    [Fact]
    public void An_aggregate_never_joins_an_incident()
    {
        var incident = Mention("a", date: Day(2026, 3, 6), place: LagoAgrio, actors: [EcuadorMilitary], evidence: "strikes in Sucumbíos");
        var aggregate = Mention("b", kind: EventKind.Aggregate, date: Day(2026, 3, 6), place: LagoAgrio, actors: [EcuadorMilitary], evidence: "strikes in Sucumbíos");

        var plan = clusterer.Recluster([incident, aggregate]);

        Assert.Equal(2, plan.Clusters.Count);
        Assert.Equal(0, plan.Decisions.Single(d => d.MentionId == "b#0").Candidates);
    }

    [Fact]
    public void Two_mentions_of_one_article_never_share_a_cluster()
    {
        var first = Mention("a", 0, date: Day(2026, 3, 6), place: LagoAgrio, evidence: "strike in Sucumbíos");
        var second = Mention("a", 1, date: Day(2026, 3, 6), place: LagoAgrio, evidence: "strike in Sucumbíos");
        var other = Mention("b", date: Day(2026, 3, 6), place: LagoAgrio, evidence: "strike in Sucumbíos");

        var plan = clusterer.Recluster([first, second, other]);

        Assert.All(plan.Clusters, c => Assert.Equal(c.Mentions.Count, c.Mentions.Select(m => m.ArticleId).Distinct().Count()));
        var decision = plan.Decisions.Single(d => d.MentionId == "a#1");
        Assert.True(decision.Created);
        Assert.Contains("same article", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Planned_mentions_open_their_own_events()
    {
        var asserted = Mention("a", date: Day(2026, 3, 6), place: LagoAgrio, evidence: "strike in Sucumbíos");
        var planned = Mention("b", modality: EventModality.Planned, date: Day(2026, 3, 6), place: LagoAgrio, evidence: "strike in Sucumbíos");

        var plan = clusterer.Recluster([asserted, planned]);

        Assert.Equal(2, plan.Clusters.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2026)]
    [InlineData(31337)]
    public void The_result_does_not_depend_on_the_input_order(int seed)
    {
        var corpus = Corpus();
        var expected = clusterer.Recluster(corpus);
        var shuffled = corpus.ToArray();
        new Random(seed).Shuffle(shuffled);

        var actual = clusterer.Recluster(shuffled);

        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(expected.Decisions, actual.Decisions);
    }

    [Fact]
    public void Event_ids_are_the_stable_ids_of_each_clusters_canonically_first_mention()
    {
        var plan = clusterer.Recluster(Corpus());

        Assert.All(plan.Clusters, c => Assert.Equal(StableEventId.For(c.Mentions), c.EventId));
        Assert.All(plan.Clusters, c => Assert.Equal(c.Mentions.Order(CanonicalMentionOrder.Instance), c.Mentions));
        Assert.Equal(plan.Clusters.Count, plan.Clusters.Select(c => c.EventId).Distinct().Count());
        Assert.All(plan.Decisions, d => Assert.Contains(plan.Clusters, c => c.EventId == d.EventId && c.Mentions.Any(m => m.Id == d.MentionId)));
    }

    [Fact]
    public void Every_decision_keeps_its_score_candidates_and_reason()
    {
        var plan = clusterer.Recluster(Corpus());

        var opened = plan.Decisions[0];
        Assert.True(opened.Created);
        Assert.Equal(0, opened.Candidates);
        Assert.Equal("opened: no candidate", opened.Reason);
        var joined = plan.Decisions.Single(d => d.MentionId == "b#0");
        Assert.False(joined.Created);
        Assert.True(joined.Score >= ClusteringOptions.Default.Threshold);
        Assert.StartsWith("joined: ", joined.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_higher_threshold_splits_what_the_default_joins()
    {
        var plan = new EventClusterer(new ClusteringOptions(Threshold: 0.99)).Recluster(Corpus());

        Assert.Equal(Corpus().Count, plan.Clusters.Count);
        Assert.Contains(plan.Decisions, d => d.Reason.StartsWith("opened: best", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void A_threshold_outside_zero_to_one_is_refused(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventClusterer(new ClusteringOptions(threshold)));

    [Fact]
    public void No_mentions_give_no_events() => Assert.Empty(clusterer.Recluster([]).Clusters);

    private static List<MentionRecord> Corpus() =>
    [
        Mention("a", date: Day(2026, 3, 6), place: Sucumbios, actors: [UsMilitary, EcuadorMilitary], recipients: [Cdf],
            evidence: "American and Ecuadorian forces carried out strikes against the Comandos de la Frontera near the Colombian border."),
        Mention("b", place: LagoAgrio, actors: [EcuadorMilitary], recipients: [Cdf], unpublished: true,
            evidence: "U.S. and Ecuadoran forces conducted joint strikes inside Ecuador against the Comandos de la Frontera."),
        Mention("copy", place: LagoAgrio, actors: [EcuadorMilitary], recipients: [Cdf], unpublished: true, syndicatedFrom: "b",
            evidence: "U.S. and Ecuadoran forces conducted joint strikes inside Ecuador against the Comandos de la Frontera."),
        Mention("c", published: new DateOnly(2026, 3, 3), date: Day(2026, 3, 1), place: Mogadishu, actors: [AlShabab],
            evidence: "Al-Shabab fighters attacked a hotel in Mogadishu."),
        Mention("a", 1, type: PloverType.Consult, mode: "meet", place: Quito, evidence: "Noboa held talks in Quito."),
        Mention("d", kind: EventKind.Aggregate, date: DateInterval(2025, 9, 1, 2026, 3, 7), evidence: "dozens of strikes since September"),
    ];

    private static Sitrep.Time.DateInterval DateInterval(int y1, int m1, int d1, int y2, int m2, int d2) =>
        new(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2), Sitrep.Time.DatePrecision.OpenRange);

    private static List<string> Describe(ClusterPlan plan) =>
        [.. plan.Clusters.Select(c => c.EventId + ":" + string.Join(",", c.Mentions.Select(m => m.Id)))];
}