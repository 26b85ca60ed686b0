using Sitrep.Clustering;

namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// Sitrep's document clustering: documents are linked by the events Sitrep's clusterer put their mentions in. Each
/// document becomes a vector over the events it shares with at least one other document of the topic (weighted by
/// TF-IDF, so an event that every document mentions links less than a rarer one), and the documents are clustered
/// and cut exactly like the baseline's word vectors (<see cref="Dendrogram"/>). A document with no shared event
/// stays alone: nothing Sitrep found links it to another.
/// </summary>
internal static class EventDocumentClusterer
{
    /// <summary>A partition of <paramref name="articleIds"/> (in that order) from the mention clusters of <paramref name="plan"/>.</summary>
    public static Dendrogram Cluster(IReadOnlyList<string> articleIds, ClusterPlan plan) => Cluster(articleIds, plan, out _);

    /// <summary>As <see cref="Cluster(IReadOnlyList{string}, ClusterPlan)"/>, also counting the documents that share an event with another.</summary>
    public static Dendrogram Cluster(IReadOnlyList<string> articleIds, ClusterPlan plan, out int linked)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(plan);
        var position = articleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var terms = articleIds.Select(_ => new List<string>()).ToArray();
        foreach (var cluster in plan.Clusters)
        {
            var documents = cluster.Mentions.Select(m => m.ArticleId).Where(position.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
            if (documents.Count < 2)
            {
                continue;
            }

            foreach (var mention in cluster.Mentions)
            {
                if (position.TryGetValue(mention.ArticleId, out var d))
                {
                    terms[d].Add(cluster.EventId);
                }
            }
        }

        linked = terms.Count(t => t.Count > 0);
        var vectors = TfIdfVectors.Build(terms);
        return Dendrogram.Build(TfIdfVectors.Cosines(vectors));
    }
}