namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// The baseline: documents as plain TF-IDF word vectors over their topic, cosine similarity, average-link
/// agglomerative clustering cut at the best silhouette (<see cref="AverageLinkClustering"/>).
/// </summary>
internal static class TfIdfDocumentClusterer
{
    public static DocumentPartition Cluster(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = TfIdfVectors.Build([.. texts.Select(WordTerms.Of)]);
        return AverageLinkClustering.Cluster(TfIdfVectors.Cosines(vectors));
    }
}
