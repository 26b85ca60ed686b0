namespace Sitrep.Evaluation;

/// <summary>Writes the mention, spurious, cluster and aggregate misses, saying what was predicted instead.</summary>
internal sealed class MissDescriber(GoldCorpus gold, IReadOnlyList<PredictedEvent> predicted, MentionMatching matching, EventAlignment alignment)
{
    private const string Nothing = "nothing";

    /// <summary>Where to show a field miss of the pair: the first gold mention of <paramref name="g"/> matched by a mention of <paramref name="e"/>.</summary>
    public (string Article, string Evidence) Anchor(int g, int e)
    {
        for (var m = 0; m < matching.Gold.Count; m++)
        {
            var p = matching.GoldToPredicted[m];
            if (matching.Gold[m].EventIndex == g && p >= 0 && matching.Predicted[p].EventIndex == e)
            {
                return (matching.Gold[m].ArticleId, matching.Gold[m].FirstEvidence);
            }
        }

        var first = gold.Events[g].Mentions[0];
        return (first.ArticleId, first.Evidence[0]);
    }

    /// <summary>A gold mention not found (predicted: what was predicted in its sentences, or nothing), then every spurious predicted mention.</summary>
    public void AddMentionMisses(List<EvaluationMiss> misses)
    {
        var predictedByArticle = Enumerable.Range(0, matching.Predicted.Count).ToLookup(p => matching.Predicted[p].Mention.ArticleId, StringComparer.Ordinal);
        for (var g = 0; g < matching.Gold.Count; g++)
        {
            if (matching.GoldToPredicted[g] >= 0)
            {
                continue;
            }

            var site = matching.Gold[g];
            var there = new List<string>();
            foreach (var p in predictedByArticle[site.ArticleId])
            {
                var mention = matching.Predicted[p].Mention;
                if (MentionMatcher.Shared(MentionMatcher.Effective(mention.Evidence), site.Regions) > 0)
                {
                    var taken = matching.PredictedToGold[p] is var other and >= 0 ? $" (matched to {gold.Events[matching.Gold[other].EventIndex].Id})" : string.Empty;
                    there.Add(Describe(matching.Predicted[p].EventIndex) + taken);
                }
            }

            var goldEvent = gold.Events[site.EventIndex];
            misses.Add(new EvaluationMiss(site.ArticleId, site.FirstEvidence, "mention", $"{goldEvent.Id} ({string.Join('|', goldEvent.Types)})", there.Count == 0 ? Nothing : string.Join("; ", there)));
        }

        for (var p = 0; p < matching.Predicted.Count; p++)
        {
            if (matching.PredictedToGold[p] < 0)
            {
                var site = matching.Predicted[p];
                misses.Add(new EvaluationMiss(site.Mention.ArticleId, site.Mention.EvidenceText, "spurious", Nothing, Describe(site.EventIndex)));
            }
        }
    }

    /// <summary>A gold event split over several predicted events, and a predicted event holding mentions of several gold events.</summary>
    public void AddClusterMisses(List<EvaluationMiss> misses)
    {
        var clustersOfGold = new SortedDictionary<int, SortedSet<int>>();
        var classesOfCluster = new SortedDictionary<int, SortedSet<int>>();
        for (var g = 0; g < matching.Gold.Count; g++)
        {
            if (matching.GoldToPredicted[g] is var p and >= 0)
            {
                var goldEvent = matching.Gold[g].EventIndex;
                var cluster = matching.Predicted[p].EventIndex;
                (clustersOfGold.TryGetValue(goldEvent, out var a) ? a : clustersOfGold[goldEvent] = []).Add(cluster);
                (classesOfCluster.TryGetValue(cluster, out var b) ? b : classesOfCluster[cluster] = []).Add(goldEvent);
            }
        }

        foreach (var (g, clusters) in clustersOfGold.Where(kv => kv.Value.Count > 1))
        {
            var (article, evidence) = Anchor(g, alignment.Representative[g] >= 0 ? alignment.Representative[g] : clusters.Min);
            misses.Add(new EvaluationMiss(article, evidence, "cluster", gold.Events[g].Id, "split over " + string.Join(", ", clusters.Select(c => predicted[c].Id))));
        }

        foreach (var (e, classes) in classesOfCluster.Where(kv => kv.Value.Count > 1))
        {
            var (article, evidence) = Anchor(classes.Min, e);
            misses.Add(new EvaluationMiss(article, evidence, "cluster", string.Join(", ", classes.Select(c => gold.Events[c].Id)), "merged in " + predicted[e].Id));
        }
    }

    /// <summary>Counts (and lists) predicted events whose matched mentions include both a gold aggregate's and a gold incident's.</summary>
    public int AddAggregateMerges(List<EvaluationMiss> misses)
    {
        var classesOfCluster = new SortedDictionary<int, List<int>>();
        for (var p = 0; p < matching.Predicted.Count; p++)
        {
            if (matching.PredictedToGold[p] is var g and >= 0)
            {
                var cluster = matching.Predicted[p].EventIndex;
                (classesOfCluster.TryGetValue(cluster, out var list) ? list : classesOfCluster[cluster] = []).Add(matching.Gold[g].EventIndex);
            }
        }

        var merged = 0;
        foreach (var (e, classes) in classesOfCluster)
        {
            var aggregate = classes.FindIndex(c => gold.Events[c].IsAggregate);
            var incident = classes.FindIndex(c => !gold.Events[c].IsAggregate);
            if (aggregate >= 0 && incident >= 0)
            {
                merged++;
                var (article, evidence) = Anchor(classes[aggregate], e);
                var goldText = $"aggregate {gold.Events[classes[aggregate]].Id} apart from incident {gold.Events[classes[incident]].Id}";
                misses.Add(new EvaluationMiss(article, evidence, "aggregate", goldText, "merged in " + predicted[e].Id));
            }
        }

        return merged;
    }

    private string Describe(int e)
    {
        var p = predicted[e];
        var type = p.Type is null ? "no type" : p.Mode is null ? p.Type : $"{p.Type}/{p.Mode}";
        return $"{p.Id} ({type}, {p.Kind})";
    }
}