using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>A model trained with word clusters records it, and refuses to load without the same table.</summary>
public sealed class NerModelClusterTests
{
    private static readonly NerSentence[] Corpus =
    [
        new("toy", ["Mr.", "Obama", "visited", "Tampa", "."], ["O", "B-PERSON", "O", "B-GPE", "O"]),
        new("toy", ["the", "general", "met", "Bush", "."], ["O", "O", "O", "B-PERSON", "O"]),
    ];

    private static string SaveModel(NerWordClusters clusters)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-clusters-{Guid.NewGuid():N}.bin");
        var (keys, weights) = NerTrainer.TrainPerceptron(Corpus, 3, null, CancellationToken.None, clusters).Average(0);
        NerModel.Save(path, keys, FeatureTable.Quantise(weights), [], false, clusters);
        return path;
    }

    [Fact]
    public void Loads_with_the_clusters_it_was_trained_with()
    {
        var clusters = NerWordClustersTests.Sample();
        var path = SaveModel(clusters);
        try
        {
            Assert.True(NerModel.UsesWordClusters(path));
            Assert.Same(clusters, NerModel.Load(path, null, clusters).WordClusters);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Refuses_to_load_without_them()
    {
        var path = SaveModel(NerWordClustersTests.Sample());
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
            Assert.Contains("word-cluster", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Refuses_to_load_with_other_clusters()
    {
        var path = SaveModel(NerWordClustersTests.Sample());
        try
        {
            var other = NerWordClusters.Read(new StringReader("obama\t0\talways\n"), "other");
            Assert.Throws<InvalidDataException>(() => NerModel.Load(path, null, other));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_model_loads_with_the_shipped_clusters_quickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var clusters = NerWordClusters.LoadDefault();
        Assert.NotNull(clusters);
        Assert.True(clusters.Count > 10_000);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"clusters loaded in {watch.Elapsed.TotalMilliseconds} ms");
        Assert.NotNull(NerModel.LoadDefault(null, clusters)?.WordClusters);
    }
}