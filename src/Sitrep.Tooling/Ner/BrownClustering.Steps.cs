namespace Sitrep.Text.Ner;

/// <summary>The two steps of <see cref="BrownClustering"/>: a word joins the window, two clusters merge; each keeps every pair's loss up to date.</summary>
internal sealed partial class BrownClustering
{
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