namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// Average-link (UPGMA) agglomerative clustering of a few dozen items from their pairwise similarities, kept as the
/// sequence of merges so that it can be cut in two ways: at a similarity threshold, or where the mean silhouette
/// (Rousseeuw 1987, distance = 1 − similarity) is highest. Groups with no positive similarity are never merged:
/// nothing links them, and merging them would only follow the input order.
/// </summary>
internal sealed class Dendrogram
{
    private readonly double[][] similarity;

    // After merge i: the average link that was merged and the labels of every item.
    private readonly List<(double Link, int[] Labels)> merges = [];

    private Dendrogram(double[][] similarity) => this.similarity = similarity;

    /// <summary>How many items.</summary>
    public int Count => similarity.Length;

    /// <summary>Merges items greedily, the most similar pair of groups first, until no pair has a positive link.</summary>
    public static Dendrogram Build(double[][] similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        var dendrogram = new Dendrogram(similarity);
        var clusters = Enumerable.Range(0, similarity.Length).Select(i => new List<int> { i }).ToList();
        while (clusters.Count > 1)
        {
            var (a, b, link) = ClosestPair(clusters, similarity);
            if (link <= 0)
            {
                break;
            }

            clusters[a].AddRange(clusters[b]);
            clusters.RemoveAt(b);
            dendrogram.merges.Add((link, Labels(clusters, similarity.Length)));
        }

        return dendrogram;
    }

    /// <summary>The groups joined by links of at least <paramref name="threshold"/> (UPGMA links only fall as merging goes on).</summary>
    public DocumentPartition Cut(double threshold)
    {
        var labels = Enumerable.Range(0, Count).ToArray();
        foreach (var (link, after) in merges)
        {
            if (link < threshold)
            {
                break;
            }

            labels = after;
        }

        return new DocumentPartition(Renumber(labels), 0);
    }

    /// <summary>
    /// The cut with the best mean silhouette among those with two or more groups; every item alone (silhouette 0)
    /// when no cut scores above 0. One group cannot be scored by a silhouette, so this cut never gives one.
    /// </summary>
    public DocumentPartition BestSilhouette()
    {
        var best = Enumerable.Range(0, Count).ToArray();
        var bestSilhouette = 0.0;
        foreach (var (_, labels) in merges)
        {
            var k = labels.Max() + 1;
            var silhouette = Silhouette(similarity, labels, k);
            if (k >= 2 && silhouette > bestSilhouette)
            {
                best = labels;
                bestSilhouette = silhouette;
            }
        }

        return new DocumentPartition(Renumber(best), bestSilhouette);
    }

    /// <summary>The mean silhouette of a partition into <paramref name="k"/> groups (0 when k &lt; 2); a singleton's silhouette is 0.</summary>
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