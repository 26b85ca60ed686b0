using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Time;
using Xunit.Abstractions;

namespace Sitrep.Tests.Clustering;

/// <summary>
/// The evaluator end to end with clustering: predicted events are the fused clusters of every mention of the corpus.
/// Floors are EVALUATION.md's targets for issue #9 (B³ F1 ≥ 0.90 on dev and dev-voa, the 6 March 2026 strike one event).
/// </summary>
public sealed class ClusteredEvaluationTests(ClusteredEvaluationTests.PipelineFixture fixture, ITestOutputHelper output)
    : IClassFixture<ClusteredEvaluationTests.PipelineFixture>
{
    [Theory]
    [InlineData("dev")]
    [InlineData("dev-voa")]
    public async Task Clustered_events_score_on_the_development_corpora(string corpus)
    {
        using var http = InputReader.CreateHttpClient();
        var evaluator = new CorpusEvaluator(fixture.Pipeline, new InputReader(http), TimeProvider.System);

        var result = await evaluator.EvaluateAsync(TestPaths.Corpus(corpus), CancellationToken.None);

        var report = result.Report!;
        using var writer = new StringWriter();
        EvaluationReportText.Write(writer, report, 50);
        output.WriteLine(writer.ToString());
        Assert.True(report.BCubed.F1 >= 0.90, $"B³ F1 {report.BCubed.F1:0.000}");
        Assert.Equal(0, report.AggregateErrors);
    }

    [Fact]
    public async Task The_joint_strike_of_6_March_2026_is_one_event_with_both_articles_as_sources()
    {
        var mentions = await MentionsOfAsync(Environment.GetEnvironmentVariable("SITREP_DUMP_CORPUS") ?? "dev");

        var plan = new EventClusterer().Recluster(mentions);
        foreach (var d in plan.Decisions)
        {
            output.WriteLine($"{d.MentionId} -> {d.EventId} {(d.Created ? "new" : "join")} {d.Score:0.00} ({d.Candidates}) {d.Reason}");
        }

        var shared = plan.Clusters.Where(c => c.Mentions.Select(m => m.ArticleId).Distinct().Count() > 1).ToList();
        var strike = Assert.Single(shared);
        var fused = EventFusion.Fuse(strike.EventId, strike.Mentions);
        Assert.Equal(DateInterval.Day(new DateOnly(2026, 3, 6)), fused.Date.Value);
        Assert.Equal("EC", fused.Place.Value?.Country);
        Assert.Equal("Sucumbíos", fused.Place.Value?.Admin1);
        Assert.Equal(2, fused.Sources.Count);
        Assert.Equal(2, fused.IndependentSources);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-voa")]
    public async Task Real_mentions_cluster_the_same_in_any_order(string corpus)
    {
        var mentions = await MentionsOfAsync(corpus);
        var expected = new EventClusterer().Recluster(mentions);

        foreach (var seed in new[] { 3, 17, 99 })
        {
            var shuffled = mentions.ToArray();
            new Random(seed).Shuffle(shuffled);
            var actual = new EventClusterer().Recluster(shuffled);
            Assert.Equal(expected.Decisions, actual.Decisions);
            Assert.Equal(expected.Clusters.Select(c => c.EventId), actual.Clusters.Select(c => c.EventId));
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-voa")]
    public async Task Every_join_is_reachable_through_the_blocking_keys(string corpus)
    {
        // The store finds candidates only through blocking keys: a mention must share a key with the event it joins,
        // or incremental clustering would miss what clustering from scratch finds.
        var mentions = await MentionsOfAsync(corpus);
        var plan = new EventClusterer().Recluster(mentions);

        foreach (var cluster in plan.Clusters.Where(c => c.Mentions.Count > 1))
        {
            for (var i = 1; i < cluster.Mentions.Count; i++)
            {
                var probes = BlockingKeys.ProbeKeys(cluster.Mentions[i]);
                var earlier = cluster.Mentions.Take(i).SelectMany(BlockingKeys.IndexKeys).ToHashSet();
                Assert.True(probes.Any(earlier.Contains), $"{cluster.Mentions[i].Id} shares no key with {cluster.EventId}");
            }
        }
    }

    private async Task<List<MentionRecord>> MentionsOfAsync(string corpus)
    {
        using var http = InputReader.CreateHttpClient();
        var reader = new InputReader(http);
        var mentions = new List<MentionRecord>();
        await foreach (var outcome in reader.ReadAsync(Path.Combine(TestPaths.Corpus(corpus), "articles"), CancellationToken.None))
        {
            if (outcome is ArticleRead read)
            {
                var document = DocumentFactory.FromArticle(read.Article);
                fixture.Pipeline.Process(document);
                var records = MentionRecordFactory.FromDocument(document, read.Article, null);
                foreach (var m in records)
                {
                    output.WriteLine($"{m.Id} {m.Type}/{m.Mode} {m.Kind} {m.Modality} D={m.Date} MD={m.MonthDay} P={m.Place?.Name}/{m.Place?.Admin1}/{m.Place?.Country} " +
                        $"A=[{string.Join("|", m.Actors.Select(a => a.Name))}] R=[{string.Join("|", m.Recipients.Select(a => a.Name))}] F={m.Fatalities}");
                }

                mentions.AddRange(records);
            }
        }

        return mentions;
    }

    /// <summary>The standard pipeline, loaded once for the class.</summary>
    public sealed class PipelineFixture
    {
        public AnalysisPipeline Pipeline { get; } = StandardPipeline.Create();
    }
}