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
internal sealed class BrownClustering
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

    private void Add(int word)
    {
        var n = Array.IndexOf(active, false);
        active[n] = true;
        members[n].Clear();
        members[n].Add(word);
        slotOfWord[word] = n;
        count[n] = wordCount[word];
        for (var t = 0; t < k; t++)
        {
            bigram[(n * k) + t] = 0;
            bigram[(t * k) + n] = 0;
        }

        foreach (var (v, c) in right[word])
        {
            var s = slotOfWord[v];
            if (s >= 0)
            {
                bigram[(n * k) + s] += c;
            }
        }

        foreach (var (v, c) in left[word])
        {
            var s = slotOfWord[v];
            if (s >= 0 && v != word)
            {
                bigram[(s * k) + n] += c;
            }
        }

        // Every existing pair's loss gains the new cluster's terms: W(i,n) + W(j,n) - W(i+j, n); zero unless i or j meets n.
        var touches = new List<int>();
        for (var t = 0; t < k; t++)
        {
            if (active[t] && t != n)
            {
                scratchA[t] = W(t, n);
                if (bigram[(t * k) + n] > 0 || bigram[(n * k) + t] > 0)
                {
                    touches.Add(t);
                }
            }
        }

        var touched = new bool[k];
        foreach (var t in touches)
        {
            touched[t] = true;
        }

        foreach (var i in touches)
        {
            for (var j = 0; j < k; j++)
            {
                if (!active[j] || j == n || j == i || (touched[j] && j < i))
                {
                    continue;
                }

                var merged = count[i] + count[j];
                var wu = Q(bigram[(i * k) + n] + bigram[(j * k) + n], merged, count[n]) + Q(bigram[(n * k) + i] + bigram[(n * k) + j], count[n], merged);
                var index = i < j ? (i * k) + j : (j * k) + i;
                loss[index] += scratchA[i] + scratchA[j] - wu;
            }
        }

        weightSum[n] = 0;
        for (var t = 0; t < k; t++)
        {
            if (active[t])
            {
                var w = t == n ? W(n, n) : scratchA[t];
                weightSum[n] += w;
                if (t != n)
                {
                    weightSum[t] += w;
                }
            }
        }

        for (var t = 0; t < k; t++)
        {
            if (active[t] && t != n)
            {
                SetLoss(t, n, FullLoss(t, n));
            }
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

    // Merges clusters a and b; returns the slot that holds the merged cluster (the one with more words, so relabelling stays cheap).
    private int Merge(int a, int b)
    {
        if (members[b].Count > members[a].Count)
        {
            (a, b) = (b, a);
        }

        var ca = count[a];
        var cb = count[b];
        var cm = ca + cb;

        // Old and new terms per cluster: W(i,a), W(i,b) before, W(i,m) after.
        for (var t = 0; t < k; t++)
        {
            if (active[t] && t != a && t != b)
            {
                scratchA[t] = W(t, a);
                scratchB[t] = W(t, b);
                scratchM[t] = Q(bigram[(t * k) + a] + bigram[(t * k) + b], count[t], cm) + Q(bigram[(a * k) + t] + bigram[(b * k) + t], cm, count[t]);
            }
        }

        for (var i = 0; i < k; i++)
        {
            if (!active[i] || i == a || i == b)
            {
                continue;
            }

            var ia = bigram[(i * k) + a];
            var ib = bigram[(i * k) + b];
            var ai = bigram[(a * k) + i];
            var bi = bigram[(b * k) + i];
            for (var j = i + 1; j < k; j++)
            {
                if (!active[j] || j == a || j == b)
                {
                    continue;
                }

                var ja = bigram[(j * k) + a];
                var jb = bigram[(j * k) + b];
                var aj = bigram[(a * k) + j];
                var bj = bigram[(b * k) + j];
                var delta = scratchM[i] + scratchM[j] - scratchA[i] - scratchA[j] - scratchB[i] - scratchB[j];
                if (ia + ib + ai + bi + ja + jb + aj + bj > 0)
                {
                    var cij = count[i] + count[j];
                    delta += Q(ia + ja, cij, ca) + Q(ai + aj, ca, cij)
                        + Q(ib + jb, cij, cb) + Q(bi + bj, cb, cij)
                        - Q(ia + ib + ja + jb, cij, cm) - Q(ai + bi + aj + bj, cm, cij);
                }

                loss[(i * k) + j] += delta;
            }
        }

        // The merged cluster's counts: row b into row a, then column b into column a (which folds n(b,b) into n(a,a)).
        count[a] = cm;
        for (var t = 0; t < k; t++)
        {
            bigram[(a * k) + t] += bigram[(b * k) + t];
        }

        for (var t = 0; t < k; t++)
        {
            bigram[(t * k) + a] += bigram[(t * k) + b];
        }

        for (var t = 0; t < k; t++)
        {
            bigram[(b * k) + t] = 0;
            bigram[(t * k) + b] = 0;
        }

        active[b] = false;
        count[b] = 0;
        foreach (var w in members[b])
        {
            slotOfWord[w] = a;
        }

        members[a].AddRange(members[b]);
        members[b].Clear();

        weightSum[a] = W(a, a);
        for (var t = 0; t < k; t++)
        {
            if (active[t] && t != a)
            {
                weightSum[t] += scratchM[t] - scratchA[t] - scratchB[t];
                weightSum[a] += scratchM[t];
            }
        }

        for (var t = 0; t < k; t++)
        {
            if (active[t] && t != a)
            {
                SetLoss(t, a, FullLoss(t, a));
            }
        }

        return a;
    }
}