using Sitrep.Evaluation.Ecb;

namespace Sitrep.Tests.Evaluation.Ecb;

public sealed class ThresholdTunerTests
{
    // Two documents per event, similar within an event (0.8) and a little across (0.2).
    private static readonly double[][] TwoPairs =
    [
        [1.0, 0.8, 0.2, 0.2],
        [0.8, 1.0, 0.2, 0.2],
        [0.2, 0.2, 1.0, 0.8],
        [0.2, 0.2, 0.8, 1.0],
    ];

    [Fact]
    public void The_threshold_is_the_middle_of_the_best_range()
    {
        // Every threshold in (0.2, 0.8] gives the perfect partition: 0.21..0.80, whose middle is 0.50 or 0.51.
        var threshold = ThresholdTuner.Choose([(Dendrogram.Build(TwoPairs), [0, 0, 1, 1])]);

        Assert.InRange(threshold!.Value, 0.5, 0.51);
    }

    [Fact]
    public void Topics_never_share_a_class_in_the_tuning_score()
    {
        // Each topic alone is perfect at 0.5; were class 0 of both topics one class, recall would fall to 0.5.
        var topic = (Dendrogram.Build(TwoPairs), new[] { 0, 0, 1, 1 });

        var score = ThresholdTuner.Score([topic, topic], 0.5);

        Assert.Equal(1.0, score.Precision, 6);
        Assert.Equal(1.0, score.Recall, 6);
    }

    [Fact]
    public void A_score_that_no_threshold_changes_links_everything_linked()
    {
        // Nothing links the two documents: every threshold gives two groups.
        double[][] unlinked = [[1.0, 0.0], [0.0, 1.0]];

        Assert.Equal(0, ThresholdTuner.Choose([(Dendrogram.Build(unlinked), [0, 1])]));
    }

    [Fact]
    public void Nothing_to_tune_on_gives_no_threshold() => Assert.Null(ThresholdTuner.Choose([]));
}