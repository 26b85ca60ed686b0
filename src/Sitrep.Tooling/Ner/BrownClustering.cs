namespace Sitrep.Text.Ner;

/// <summary>
/// Brown clustering (Brown et al. 1992, "Class-based n-gram models of natural language") with Liang's (2005, MIT
/// M.Eng. thesis "Semi-supervised learning for natural language", §3.2) window: words are added in order of
/// frequency, at most <c>window</c> + 1 clusters are active, and after each word the pair whose merge loses the
/// least average mutual information of the cluster bigram model is merged. When every word is in, the remaining
/// clusters are merged down to one and each keeps its path from the root of those merges (0 left, 1 right): the
/// bit strings of Liang's wcluster, whose prefixes Ratinov and Roth (2009) use as features.
/// Losses of all active pairs are kept and corrected after each merge in O(window²), as Liang does.
/// </summary>
internal sealed partial class BrownClustering
{
    private readonly int k;
    private readonly double total;
    private readonly double[] count;
    private readonly double[] bigram; // bigram[s * k + t]: how often cluster s is followed by cluster t
    private readonly double[] loss; // loss[s * k + t], s < t: mutual information lost by merging s and t
    private readonly double[] weightSum; // Σ_t W(s, t) over active t
    private readonly bool[] active;
    private readonly List<int>[] members;
    private readonly int[] slotOfWord;
    private readonly Dictionary<int, double>[] right;
    private readonly Dictionary<int, double>[] left;
    private readonly double[] wordCount;
    private readonly double[] scratchA;
    private readonly double[] scratchB;
    private readonly double[] scratchM;

    private BrownClustering(int vocabulary, int window, double[] wordCount, Dictionary<int, double>[] right, Dictionary<int, double>[] left)
    {
        k = window + 1;
        this.wordCount = wordCount;
        this.right = right;
        this.left = left;
        total = wordCount.Sum();
        count = new double[k];
        bigram = new double[k * k];
        loss = new double[k * k];
        weightSum = new double[k];
        active = new bool[k];
        members = [.. Enumerable.Range(0, k).Select(_ => new List<int>())];
        slotOfWord = new int[vocabulary];
        Array.Fill(slotOfWord, -1);
        scratchA = new double[k];
        scratchB = new double[k];
        scratchM = new double[k];
    }

    /// <summary>
    /// Bit-string paths for words <c>0 .. vocabulary - 1</c>, which must be numbered by falling frequency (the
    /// order words join the window). <paramref name="sentences"/> hold word numbers, -1 for words left out (rare):
    /// bigrams are counted within a sentence and never across a left-out word.
    /// </summary>
    public static string[] Cluster(IEnumerable<int[]> sentences, int vocabulary, int window, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var wordCount = new double[vocabulary];
        var right = new Dictionary<int, double>[vocabulary];
        var left = new Dictionary<int, double>[vocabulary];
        for (var w = 0; w < vocabulary; w++)
        {
            right[w] = [];
            left[w] = [];
        }

        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var w = sentence[i];
                if (w < 0)
                {
                    continue;
                }

                wordCount[w]++;
                if (i + 1 < sentence.Length && sentence[i + 1] >= 0)
                {
                    var v = sentence[i + 1];
                    right[w][v] = right[w].GetValueOrDefault(v) + 1;
                    left[v][w] = left[v].GetValueOrDefault(w) + 1;
                }
            }
        }

        return new BrownClustering(vocabulary, Math.Min(window, Math.Max(vocabulary, 1)), wordCount, right, left).Run(vocabulary, ct);
    }

    private string[] Run(int vocabulary, CancellationToken ct)
    {
        var window = k - 1;
        for (var w = 0; w < vocabulary; w++)
        {
            ct.ThrowIfCancellationRequested();
            Add(w);
            if (w >= window)
            {
                var (a, b) = Best();
                Merge(a, b);
            }
        }

        // Phase 2: merge the window down to one cluster, building the tree the paths are read from.
        var node = new int[k];
        var children = new List<(int Left, int Right)>();
        var leafOfSlot = new int[k];
        Array.Fill(leafOfSlot, -1);
        for (var s = 0; s < k; s++)
        {
            if (active[s])
            {
                leafOfSlot[s] = node[s] = children.Count;
                children.Add((-1, -1));
            }
        }

        var finalSlot = (int[])slotOfWord.Clone();
        while (active.Count(x => x) > 1)
        {
            ct.ThrowIfCancellationRequested();
            var (a, b) = Best();
            children.Add((node[a], node[b]));
            node[Merge(a, b)] = children.Count - 1;
        }

        var paths = new string[children.Count];
        var root = children.Count - 1;
        var stack = new Stack<(int Node, string Path)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (n, path) = stack.Pop();
            paths[n] = path;
            var (l, r) = children[n];
            if (l >= 0)
            {
                stack.Push((l, path + "0"));
                stack.Push((r, path + "1"));
            }
        }

        var result = new string[vocabulary];
        for (var w = 0; w < vocabulary; w++)
        {
            var leaf = leafOfSlot[finalSlot[w]];
            result[w] = paths[leaf].Length == 0 ? "0" : paths[leaf];
        }

        return result;
    }

    // q(s, t) unscaled: n(s,t) log(n(s,t) N / (n(s) n(t))); 0 when the pair never occurs.
    private double Q(double pair, double first, double second) => pair <= 0 ? 0 : pair * Math.Log(pair * total / (first * second));

    private double W(int s, int t) => s == t
        ? Q(bigram[(s * k) + s], count[s], count[s])
        : Q(bigram[(s * k) + t], count[s], count[t]) + Q(bigram[(t * k) + s], count[t], count[s]);

    // The mutual information lost by merging active clusters i and j, from scratch: O(window).
    private double FullLoss(int i, int j)
    {
        var ci = count[i];
        var cj = count[j];
        var cm = ci + cj;
        var lost = weightSum[i] + weightSum[j] - W(i, j);
        var gained = Q(bigram[(i * k) + i] + bigram[(i * k) + j] + bigram[(j * k) + i] + bigram[(j * k) + j], cm, cm);
        for (var t = 0; t < k; t++)
        {
            if (!active[t] || t == i || t == j)
            {
                continue;
            }

            gained += Q(bigram[(i * k) + t] + bigram[(j * k) + t], cm, count[t]) + Q(bigram[(t * k) + i] + bigram[(t * k) + j], count[t], cm);
        }

        return lost - gained;
    }

    private void SetLoss(int i, int j, double value)
    {
        if (i < j)
        {
            loss[(i * k) + j] = value;
        }
        else
        {
            loss[(j * k) + i] = value;
        }
    }

    private (int A, int B) Best()
    {
        var best = double.PositiveInfinity;
        (int, int) pair = (-1, -1);
        for (var i = 0; i < k; i++)
        {
            if (!active[i])
            {
                continue;
            }

            for (var j = i + 1; j < k; j++)
            {
                if (active[j] && loss[(i * k) + j] < best)
                {
                    best = loss[(i * k) + j];
                    pair = (i, j);
                }
            }
        }

        return pair;
    }
}