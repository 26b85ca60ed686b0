using System.Globalization;

namespace Sitrep.Clustering;

/// <summary>
/// Clusters mentions into events from scratch (docs/clustering-and-fusion.md, step 3): greedy, in
/// <see cref="CanonicalMentionOrder"/>, each mention joining the best-scoring open cluster at or above the threshold or
/// opening its own. The input order does not matter: the same mentions give the same clusters, ids and decisions.
/// </summary>
/// <remarks>
/// A mention's candidates are the clusters it meets through blocking keys (its <see cref="BlockingKeys.ProbeKeys"/>
/// against the clusters' <see cref="BlockingKeys.IndexKeys"/>), exactly as the event store finds candidate events:
/// clustering a whole corpus from scratch and clustering it article by article through the store then agree, and the
/// cost grows with the size of the blocks rather than with the square of the corpus.
/// </remarks>
public sealed class EventClusterer
{
    private readonly ClusteringOptions options;

    /// <summary>Creates a clusterer with <paramref name="options"/> (the defaults when null).</summary>
    public EventClusterer(ClusteringOptions? options = null)
    {
        this.options = options ?? ClusteringOptions.Default;
        if (this.options.Threshold is < 0 or > 1 || double.IsNaN(this.options.Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options), this.options.Threshold, "The threshold is a score in [0, 1].");
        }
    }

    /// <summary>Clusters <paramref name="mentions"/> (any order; duplicates by id are taken once).</summary>
    public ClusterPlan Recluster(IReadOnlyList<MentionRecord> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var ordered = mentions
            .DistinctBy(m => m.Id, StringComparer.Ordinal)
            .Order(CanonicalMentionOrder.Instance)
            .ToList();
        var similarity = new MentionSimilarity(options.MeaningWeight);
        var clusters = new List<List<MentionRecord>>();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var placed = new List<(MentionRecord Mention, int Cluster, bool Created, double Score, int Candidates, string Reason)>(ordered.Count);
        foreach (var mention in ordered)
        {
            var bestCluster = -1;
            SimilarityScore? best = null;
            var vetoed = -1;
            var candidates = 0;
            foreach (var c in Candidates(mention, index))
            {
                // Kinds never mix, and the clusters of another kind are not candidates at all.
                if (clusters[c][0].Kind != mention.Kind)
                {
                    continue;
                }

                candidates++;
                var score = similarity.Score(mention, clusters[c], explain: false);
                if (score.IsVeto)
                {
                    vetoed = vetoed < 0 ? c : vetoed;
                    continue;
                }

                // Strictly greater: ties go to the older cluster, which canonical order makes deterministic.
                if (best is null || score.Value > best.Value.Value)
                {
                    best = score;
                    bestCluster = c;
                }
            }

            // Only the decision's own account is worth the cost of explaining.
            best = best is null ? null : similarity.Score(mention, clusters[bestCluster], explain: true);
            if (best is { } b && b.Value >= options.Threshold)
            {
                clusters[bestCluster].Add(mention);
                Index(mention, bestCluster, index);
                placed.Add((mention, bestCluster, false, b.Value, candidates, "joined: " + b.Reason));
                continue;
            }

            var veto = vetoed >= 0 ? similarity.Score(mention, clusters[vetoed], explain: true).Reason : null;
            clusters.Add([mention]);
            Index(mention, clusters.Count - 1, index);
            var why = best is { } low
                ? string.Create(CultureInfo.InvariantCulture, $"opened: best {low.Value:0.00} < {options.Threshold:0.00} ({low.Reason})")
                : veto is not null ? $"opened: every candidate vetoed (e.g. {veto})" : "opened: no candidate";
            placed.Add((mention, clusters.Count - 1, true, best?.Value ?? 0, candidates, why));
        }

        var ids = clusters.Select(c => StableEventId.For(c[0].Id)).ToList();
        return new ClusterPlan(
            [.. clusters.Select((c, i) => new MentionCluster(ids[i], c))],
            [.. placed.Select(p => new ClusterDecision(p.Mention.Id, ids[p.Cluster], p.Created, p.Score, p.Candidates, p.Reason))]);
    }

    // The clusters sharing a key with the mention, oldest first (so that ties go to the older cluster).
    private static SortedSet<int> Candidates(MentionRecord mention, Dictionary<string, List<int>> index)
    {
        var found = new SortedSet<int>();
        foreach (var key in BlockingKeys.ProbeKeys(mention))
        {
            if (index.TryGetValue(key, out var clusters))
            {
                found.UnionWith(clusters);
            }
        }

        return found;
    }

    private static void Index(MentionRecord mention, int cluster, Dictionary<string, List<int>> index)
    {
        foreach (var key in BlockingKeys.IndexKeys(mention))
        {
            if (!index.TryGetValue(key, out var clusters))
            {
                index[key] = clusters = [];
            }

            if (clusters.Count == 0 || clusters[^1] != cluster)
            {
                clusters.Add(cluster);
            }
        }
    }
}