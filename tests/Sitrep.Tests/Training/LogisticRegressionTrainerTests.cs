using Sitrep.Events;
using Sitrep.Training;

namespace Sitrep.Tests.Training;

public sealed class LogisticRegressionTrainerTests
{
    private static List<LabelledExample> Examples() =>
    [
        .. Enumerable.Range(0, 30).Select(i => new LabelledExample(new FeatureBag(["w:attack", "n:" + (i % 3)]), "yes")),
        .. Enumerable.Range(0, 30).Select(i => new LabelledExample(new FeatureBag(["w:weather", "n:" + (i % 3)]), "no")),
    ];

    [Fact]
    public void Learns_which_feature_tells_the_classes_apart()
    {
        var model = new LogisticRegressionTrainer().Train(Examples(), ["no", "yes"]);

        Assert.True(model.ProbabilityOf(new FeatureBag(["w:attack"]), "yes") > 0.8);
        Assert.True(model.ProbabilityOf(new FeatureBag(["w:weather"]), "yes") < 0.2);
    }

    [Fact]
    public void The_same_examples_and_seed_give_the_same_weights()
    {
        var a = new LogisticRegressionTrainer { Seed = 3 }.Train(Examples(), ["no", "yes"]);
        var b = new LogisticRegressionTrainer { Seed = 3 }.Train(Examples(), ["no", "yes"]);

        Assert.Equal(a.Weights.ToArray(), b.Weights.ToArray());
    }

    [Fact]
    public void Features_seen_once_are_left_out()
    {
        var examples = Examples();
        examples.Add(new LabelledExample(new FeatureBag(["w:rare"]), "yes"));

        var model = new LogisticRegressionTrainer().Train(examples, ["no", "yes"]);

        Assert.DoesNotContain("w:rare", model.Features);
    }

    [Fact]
    public void A_label_outside_the_classes_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => new LogisticRegressionTrainer().Train([new LabelledExample(new FeatureBag(["x"]), "maybe")], ["no", "yes"]));
    }

    [Fact]
    public void A_dense_block_is_learned_when_every_example_has_one()
    {
        var examples = Enumerable.Range(0, 40)
            .Select(i => new LabelledExample(new FeatureBag([], new float[] { i % 2 == 0 ? 1f : -1f, 0.5f }), i % 2 == 0 ? "yes" : "no"))
            .ToList();

        var model = new LogisticRegressionTrainer().Train(examples, ["no", "yes"]);

        Assert.Equal(2, model.DenseSize);
        Assert.True(model.ProbabilityOf(new FeatureBag([], new float[] { 1f, 0.5f }), "yes") > 0.7);
    }
}