namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// The baseline: documents as plain TF-IDF word vectors over their topic, cosine similarity, average-link
/// agglomerative clustering (<see cref="Dendrogram"/>), cut by <see cref="EcbEvaluator"/>.
/// </summary>
internal static class TfIdfDocumentClusterer
{
    public static Dendrogram Cluster(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = TfIdfVectors.Build([.. texts.Select(WordTerms.Of)]);
        return Dendrogram.Build(TfIdfVectors.Cosines(vectors));
    }
}