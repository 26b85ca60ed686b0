using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Ingest;
using Sitrep.Text;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Issue 23: an article whose analysis fails or runs past its budget is quarantined with the reason, skipped by
/// catch-up, and released only by a successful retry; the other articles of the batch are analysed as usual.
/// </summary>
public sealed class QuarantineTests
{
    [Fact]
    public async Task A_failing_and_a_slow_article_are_quarantined_and_the_rest_analysed()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "q.db");
        await using var articles = await SqliteArticleStore.OpenAsync(db, TimeProvider.System, default);
        await using var events = await SqliteEventStore.OpenAsync(db, TimeProvider.System, default);
        var batch = new[]
        {
            new Article("good", "Soldiers arrested five men in the capital on Monday, police said.", new ArticleOrigin()),
            new Article("bad", "BOOM: this text makes a stage throw.", new ArticleOrigin()),
            new Article("slow", "SLOW: this text makes a stage take far longer than its budget.", new ArticleOrigin()),
        };
        await articles.AddArticlesAsync(batch, default);
        var stored = new List<StoredArticle>();
        foreach (var a in batch)
        {
            stored.Add((await articles.GetArticleAsync(a.Id, default))!);
        }

        var hostile = new AnalysisPipelineBuilder().Add(new TokenizerStage()).Add(new HostileStage()).Add(new SentenceSplitterStage()).Build();
        var clustering = new EventClusteringService(events, events, new EventClusterer(), TimeProvider.System);
        var processor = new ArticleEventProcessor(hostile, clustering, events, 2, TimeSpan.FromMilliseconds(300));
        await processor.ProcessAsync(stored, default);

        Assert.Equal(1, processor.Articles);
        var quarantined = (await events.QuarantinedArticlesAsync(default)).ToDictionary(q => q.ArticleId, q => q.Reason);
        Assert.Equal(["bad", "slow"], quarantined.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("analysis failed: InvalidOperationException: a hostile stage met BOOM", quarantined["bad"]);
        Assert.Equal("analysis took longer than its 0.3 s budget", quarantined["slow"]);
        Assert.Empty(await events.UnanalyzedArticleIdsAsync(default)); // catch-up skips them

        // A retry that succeeds (here with a pipeline that copes) releases them.
        var coping = new AnalysisPipelineBuilder().Add(new TokenizerStage()).Add(new SentenceSplitterStage()).Build();
        var retry = new ArticleEventProcessor(coping, clustering, events, 1);
        await retry.ProcessAsync([.. stored.Where(s => quarantined.ContainsKey(s.Article.Id))], default);
        Assert.Equal(2, retry.Articles);
        Assert.Empty(await events.QuarantinedArticlesAsync(default));
    }

    // Throws on "BOOM", stalls on "SLOW": a stand-in for an analysis bug and for a pathological text.
    private sealed class HostileStage : IAnalysisStage
    {
        public string Name => "hostile";

        public void Process(Document document)
        {
            if (document.Text.StartsWith("BOOM", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("a hostile stage met BOOM");
            }

            if (document.Text.StartsWith("SLOW", StringComparison.Ordinal))
            {
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        }
    }
}