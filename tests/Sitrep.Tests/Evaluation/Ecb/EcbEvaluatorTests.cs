using Sitrep.Evaluation;
using Sitrep.Evaluation.Ecb;

namespace Sitrep.Tests.Evaluation.Ecb;

public sealed class EcbEvaluatorTests
{
    [Fact]
    public void B3_over_items_counts_each_item_once()
    {
        // Cluster 0 holds two items of class 0 and one of class 1; cluster 1 the other item of class 1.
        var score = BCubed.Score([(0, 0), (0, 0), (0, 1), (1, 1)]);

        Assert.Equal(((2.0 / 3) + (2.0 / 3) + (1.0 / 3) + 1) / 4, score.Precision, 9);
        Assert.Equal((1 + 1 + 0.5 + 0.5) / 4, score.Recall, 9);
    }

    [Fact]
    public void Topics_are_scored_apart_and_micro_averaged()
    {
        var evaluation = new EcbEvaluator(null, null).Evaluate(Corpus("1", "2"));

        var onePerTopic = evaluation.Methods.Single(m => m.Method == "one-per-topic");
        Assert.Equal(2, evaluation.Topics);
        Assert.Equal(8, evaluation.Documents);
        Assert.Equal(4, evaluation.GoldEvents);
        Assert.Equal(2, onePerTopic.PredictedEvents);
        Assert.Equal(0.5, onePerTopic.BCubed.Precision, 9);
        Assert.Equal(1.0, onePerTopic.BCubed.Recall, 9);
    }

    [Fact]
    public void The_baseline_finds_both_events_of_each_topic()
    {
        var evaluation = new EcbEvaluator(null, null).Evaluate(Corpus("1", "2"));

        var tfidf = evaluation.Methods.Single(m => m is { Method: "tfidf", Cut: "silhouette" });
        Assert.Equal(1.0, tfidf.BCubed.F1, 9);
        Assert.Equal(["1", "2"], tfidf.Topics.Select(t => t.Topic));
    }

    [Fact]
    public void Without_development_topics_there_is_no_threshold_cut_and_Sitrep_says_why_it_did_not_run()
    {
        var evaluation = new EcbEvaluator(null, null).Evaluate(Corpus("1"));

        Assert.DoesNotContain(evaluation.Methods, m => m.Cut == "dev-threshold");
        Assert.Empty(evaluation.TuningTopics);
        Assert.NotNull(evaluation.SitrepSkipped);
    }

    [Fact]
    public void The_threshold_is_chosen_on_development_topics_even_when_they_are_not_scored()
    {
        var evaluation = new EcbEvaluator(null, null).Evaluate(Corpus("1", "23"), maxTopics: 1);

        var cut = evaluation.Methods.Single(m => m.Cut == "dev-threshold");
        Assert.Equal(["23"], evaluation.TuningTopics);
        Assert.Equal(1, evaluation.Topics);
        Assert.NotNull(cut.Threshold);
        Assert.Equal(1.0, cut.BCubed.F1, 9);
    }

    private static EcbCorpus Corpus(params string[] topics) => new([.. topics.Select(Topic)], []);

    private static EcbTopic Topic(string id) => new(id,
    [
        new($"{id}_1ecb", id, "ecb", "A fire destroyed a warehouse in Leeds; firefighters fought the warehouse fire.", null),
        new($"{id}_2ecb", id, "ecb", "Firefighters in Leeds fought a warehouse fire that destroyed the building.", null),
        new($"{id}_1ecbplus", id, "ecbplus", "An earthquake struck Chile, shaking Santiago and damaging houses.", null),
        new($"{id}_2ecbplus", id, "ecbplus", "The earthquake in Chile damaged houses in Santiago.", null),
    ]);
}