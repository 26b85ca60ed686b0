using Sitrep.Documents;
using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

/// <summary>
/// The scorer on the real gold sets: a prediction copied from gold must score 1 everywhere, whatever the corpus
/// (sentences here are the text's lines, coarser than a sentence splitter, which makes mention matching harder).
/// </summary>
public sealed class SharedCorpusScoringTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("dev-voa")]
    public void Gold_copied_as_the_prediction_scores_one(string name)
    {
        var gold = GoldCorpusLoader.Load(Path.Combine(GoldCorpusLoaderTests.SharedFolder(), "corpus", name), out _)!;
        var articles = gold.Articles.Values.ToDictionary(a => a.Id, a => Read(a.Id, a.Path!));
        var predicted = gold.Events.Select(e => Copy(e, articles)).ToList();

        var report = EvaluationScorer.Score(gold, articles, predicted);

        Assert.Empty(report.Diagnostics);
        Assert.Empty(report.Misses);
        Assert.Equal(new PrecisionRecall(1, 1), report.Mention);
        Assert.Equal(new PrecisionRecall(1, 1), report.BCubed);
        Assert.Equal(gold.Events.Count(e => !e.IsAggregate), report.AlignedEvents);
        Assert.Equal(1.0, report.Actor.F1);
        Assert.Equal(1.0, report.Date.Value);
    }

    private static EvaluationArticle Read(string id, string path)
    {
        var text = File.ReadAllText(path);
        var lines = new List<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add(new TextSpan(start, end));
            start = end + 1;
        }

        return new EvaluationArticle(id, text, lines);
    }

    private static PredictedEvent Copy(GoldEvent gold, Dictionary<string, EvaluationArticle> articles) => new(
        gold.Id,
        gold.Kind,
        gold.Types[0],
        gold.Modes.Count > 0 ? gold.Modes[0] : null,
        gold.Date,
        gold.Place,
        [.. gold.Actors.Select(a => new PredictedActor(a.Names[^1], [a.Names[0]]))],
        [.. gold.Recipients.Select(a => new PredictedActor(a.Names[0], []))],
        gold.Fatalities,
        [.. gold.Mentions.Select(m =>
        {
            var at = articles[m.ArticleId].Text.IndexOf(m.Evidence[0], StringComparison.Ordinal);
            return new PredictedMention(m.ArticleId, new TextSpan(at, at + m.Evidence[0].Length), m.Evidence[0]);
        })]);
}