namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// TF-IDF document vectors over one collection (here: one ECB+ topic), L2-normalised so that a dot product is the
/// cosine. Weights follow the common defaults (scikit-learn's TfidfVectorizer with sublinear_tf): tf = 1 + ln(count),
/// idf = ln((1 + n) / (1 + df)) + 1, so a term in every document still counts a little and nothing divides by zero.
/// </summary>
internal static class TfIdfVectors
{
    /// <summary>One vector per document; a document without terms gets the zero vector.</summary>
    public static SparseVector[] Build(IReadOnlyList<IReadOnlyList<string>> termsPerDocument)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<Dictionary<int, int>>(termsPerDocument.Count);
        var documentFrequency = new List<int>();
        foreach (var terms in termsPerDocument)
        {
            var count = new Dictionary<int, int>();
            foreach (var term in terms)
            {
                if (!vocabulary.TryGetValue(term, out var index))
                {
                    index = vocabulary.Count;
                    vocabulary.Add(term, index);
                    documentFrequency.Add(0);
                }

                if (count.TryGetValue(index, out var c))
                {
                    count[index] = c + 1;
                }
                else
                {
                    count[index] = 1;
                    documentFrequency[index]++;
                }
            }

            counts.Add(count);
        }

        var n = termsPerDocument.Count;
        var vectors = new SparseVector[n];
        for (var d = 0; d < n; d++)
        {
            var indexes = counts[d].Keys.Order().ToArray();
            var weights = new double[indexes.Length];
            double norm = 0;
            for (var k = 0; k < indexes.Length; k++)
            {
                var tf = 1 + Math.Log(counts[d][indexes[k]]);
                var idf = Math.Log((1.0 + n) / (1.0 + documentFrequency[indexes[k]])) + 1;
                weights[k] = tf * idf;
                norm += weights[k] * weights[k];
            }

            norm = Math.Sqrt(norm);
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] /= norm;
            }

            vectors[d] = new SparseVector(indexes, weights);
        }

        return vectors;
    }

    /// <summary>The cosine of every pair of (normalised) vectors; 1 on the diagonal.</summary>
    public static double[][] Cosines(SparseVector[] vectors)
    {
        var n = vectors.Length;
        var similarity = new double[n][];
        for (var i = 0; i < n; i++)
        {
            similarity[i] = new double[n];
            similarity[i][i] = 1;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                similarity[i][j] = similarity[j][i] = vectors[i].Dot(vectors[j]);
            }
        }

        return similarity;
    }
}