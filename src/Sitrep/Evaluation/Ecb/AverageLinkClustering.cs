namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// Average-link (UPGMA) agglomerative clustering of a few dozen items from their pairwise similarities, cut where
/// the mean silhouette (Rousseeuw 1987, distance = 1 − similarity) is highest. The cut is chosen the same way for
/// every method and every topic, with no threshold tuned on ECB+. Two groups with no positive similarity are never
/// merged: nothing links them, and merging them would only follow the input order.
/// </summary>
internal static class AverageLinkClustering
{
    /// <summary>The partition with the best silhouette among the cuts of the dendrogram with two or more groups.</summary>
    public static DocumentPartition Cluster(double[][] similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        var n = similarity.Length;
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();

        // All singletons scores 0 by convention: a cut is kept only if it separates groups better than that.
        var best = Labels(clusters, n);
        var bestSilhouette = 0.0;
        while (clusters.Count > 2)
        {
            var (a, b, link) = ClosestPair(clusters, similarity);
            if (link <= 0)
            {
                break;
            }

            clusters[a].AddRange(clusters[b]);
            clusters.RemoveAt(b);
            var labels = Labels(clusters, n);
            var silhouette = Silhouette(similarity, labels, clusters.Count);
            if (silhouette > bestSilhouette)
            {
                best = labels;
                bestSilhouette = silhouette;
            }
        }

        return new DocumentPartition(Renumber(best), bestSilhouette);
    }

    /// <summary>The mean silhouette of a partition into <paramref name="k"/> ≥ 2 groups; a singleton's silhouette is 0.</summary>
    public static double Silhouette(double[][] similarity, int[] labels, int k)
    {
        var n = labels.Length;
        if (n == 0 || k < 2)
        {
            return 0;
        }

        double total = 0;
        var sum = new double[k];
        var size = new int[k];
        foreach (var label in labels)
        {
            size[label]++;
        }

        for (var i = 0; i < n; i++)
        {
            if (size[labels[i]] == 1)
            {
                continue;
            }

            Array.Clear(sum);
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sum[labels[j]] += Math.Max(0, 1 - similarity[i][j]);
                }
            }

            var a = sum[labels[i]] / (size[labels[i]] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
            {
                if (c != labels[i] && size[c] > 0)
                {
                    b = Math.Min(b, sum[c] / size[c]);
                }
            }

            var spread = Math.Max(a, b);
            total += spread == 0 ? 0 : (b - a) / spread;
        }

        return total / n;
    }

    private static (int A, int B, double Link) ClosestPair(List<List<int>> clusters, double[][] similarity)
    {
        (int A, int B, double Link) best = (0, 1, double.NegativeInfinity);
        for (var a = 0; a < clusters.Count; a++)
        {
            for (var b = a + 1; b < clusters.Count; b++)
            {
                double sum = 0;
                foreach (var i in clusters[a])
                {
                    foreach (var j in clusters[b])
                    {
                        sum += similarity[i][j];
                    }
                }

                var link = sum / (clusters[a].Count * clusters[b].Count);
                if (link > best.Link)
                {
                    best = (a, b, link);
                }
            }
        }

        return best;
    }

    private static int[] Labels(List<List<int>> clusters, int n)
    {
        var labels = new int[n];
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var i in clusters[c])
            {
                labels[i] = c;
            }
        }

        return labels;
    }

    private static int[] Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        return [.. labels.Select(l => map.TryGetValue(l, out var m) ? m : map[l] = map.Count)];
    }
}
