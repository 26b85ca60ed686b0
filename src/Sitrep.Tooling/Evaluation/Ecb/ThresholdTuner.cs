namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// Chooses a dendrogram cut threshold on tuning topics: the one with the best B³ F1 over their documents, on a grid of
/// 0.00 to 1.00 by 0.01. Where several neighbouring thresholds tie, the middle of the first best run is taken, so the
/// choice sits away from the edges where the score falls; a score that is flat over the whole grid gives 0.
/// </summary>
internal static class ThresholdTuner
{
    private const int Steps = 100;

    /// <summary>The chosen threshold, or null when there is nothing to tune on.</summary>
    public static double? Choose(IReadOnlyList<(Dendrogram Dendrogram, int[] Gold)> topics)
    {
        if (topics.Count == 0)
        {
            return null;
        }

        var scores = new double[Steps + 1];
        for (var s = 0; s <= Steps; s++)
        {
            scores[s] = Score(topics, (double)s / Steps).F1;
        }

        var best = scores.Max();
        var first = Array.FindIndex(scores, f => f >= best - 1e-12);
        var last = first;
        while (last + 1 <= Steps && scores[last + 1] >= best - 1e-12)
        {
            last++;
        }

        // A score that is the same at every threshold (nothing in the tuning topics is linked at all) says nothing:
        // then every positive link counts, the plain reading of "documents linked by shared events are one group".
        if (first == 0 && last == Steps)
        {
            return 0;
        }

        return Math.Round((first + last) / 2.0) / Steps;
    }

    /// <summary>Micro-averaged B³ of cutting every topic at <paramref name="threshold"/>.</summary>
    public static PrecisionRecall Score(IReadOnlyList<(Dendrogram Dendrogram, int[] Gold)> topics, double threshold)
    {
        var items = new List<(int Cluster, int Class)>();
        int clusters = 0, classes = 0;
        foreach (var (dendrogram, gold) in topics)
        {
            // Numbered on from the previous topics' so that topics never share a cluster or a class.
            var partition = dendrogram.Cut(threshold);
            items.AddRange(partition.Labels.Select((label, i) => (clusters + label, classes + gold[i])));
            clusters += partition.ClusterCount;
            classes += gold.Length == 0 ? 0 : gold.Max() + 1;
        }

        return BCubed.Score(items);
    }
}