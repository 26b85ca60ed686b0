using Sitrep.Evaluation.Ecb;

namespace Sitrep.Tests.Evaluation.Ecb;

/// <summary>The TF-IDF baseline and the dendrogram cuts on tiny hand-made documents.</summary>
public sealed class DocumentClusteringTests
{
    private static readonly string[] TwoEvents =
    [
        "A fire destroyed a warehouse in Leeds on Monday; firefighters fought the warehouse fire all night.",
        "Firefighters in Leeds fought a warehouse fire that destroyed the building.",
        "An earthquake of magnitude 6 struck Chile, shaking Santiago and damaging houses.",
        "The magnitude 6 earthquake in Chile damaged houses in Santiago.",
    ];

    [Fact]
    public void The_silhouette_cut_separates_two_events()
    {
        var partition = TfIdfDocumentClusterer.Cluster(TwoEvents).BestSilhouette();

        Assert.Equal([0, 0, 1, 1], partition.Labels);
        Assert.True(partition.Silhouette > 0);
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.3, 2)]
    [InlineData(1.0, 4)]
    public void A_threshold_cut_merges_only_links_at_least_that_similar(double threshold, int groups)
    {
        // A shared word ("the") links the two events a little: a threshold of 0 joins everything.
        var partition = TfIdfDocumentClusterer.Cluster(TwoEvents).Cut(threshold);

        Assert.Equal(groups, partition.ClusterCount);
    }

    [Fact]
    public void Documents_with_nothing_in_common_are_never_merged()
    {
        var partition = TfIdfDocumentClusterer.Cluster(["red apples", "blue whales", "green tea"]).Cut(0);

        Assert.Equal([0, 1, 2], partition.Labels);
    }

    [Fact]
    public void Average_link_merges_by_the_mean_not_the_best_pair()
    {
        // c is very close to b but far from a: single link would add c to {a, b}; average link (0.45) waits for d (0.6).
        double[][] similarity =
        [
            [1.0, 0.9, 0.0, 0.0],
            [0.9, 1.0, 0.9, 0.0],
            [0.0, 0.9, 1.0, 0.6],
            [0.0, 0.0, 0.6, 1.0],
        ];

        var partition = Dendrogram.Build(similarity).Cut(0.5);

        Assert.Equal([0, 0, 1, 1], partition.Labels);
    }

    [Fact]
    public void The_silhouette_of_two_tight_far_groups_is_high_and_of_a_mixed_partition_low()
    {
        double[][] similarity =
        [
            [1.0, 0.9, 0.1, 0.1],
            [0.9, 1.0, 0.1, 0.1],
            [0.1, 0.1, 1.0, 0.9],
            [0.1, 0.1, 0.9, 1.0],
        ];

        Assert.True(Dendrogram.Silhouette(similarity, [0, 0, 1, 1], 2) > 0.8);
        Assert.True(Dendrogram.Silhouette(similarity, [0, 1, 0, 1], 2) < 0);
    }

    [Fact]
    public void One_document_is_one_group()
    {
        Assert.Equal([0], TfIdfDocumentClusterer.Cluster(["A fire in Leeds."]).BestSilhouette().Labels);
    }
}