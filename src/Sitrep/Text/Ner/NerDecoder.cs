namespace Sitrep.Text.Ner;

/// <summary>Greedy left-to-right BIO decoding with the two previous labels as history (Ratinov and Roth 2009 found greedy as good as Viterbi for NER).</summary>
internal static class NerDecoder
{
    public static void Decode(ILabelWeights weights, ReadOnlySpan<ulong> features, ReadOnlySpan<ulong> lowers, ReadOnlySpan<ulong> shapes, Span<int> labels)
    {
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<ulong> history = stackalloc ulong[NerFeatureExtractor.HistoryCount];
        int previous = NerLabels.Outside, previous2 = NerLabels.Outside;
        for (var i = 0; i < labels.Length; i++)
        {
            NerFeatureExtractor.History(previous, previous2, lowers[i], shapes[i], history);
            Score(weights, features.Slice(i * NerFeatureExtractor.StaticCount, NerFeatureExtractor.StaticCount), history, scores);
            var best = Best(scores, previous);
            labels[i] = best;
            previous2 = previous;
            previous = best;
        }
    }

    public static void Score(ILabelWeights weights, ReadOnlySpan<ulong> tokenFeatures, ReadOnlySpan<ulong> history, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in tokenFeatures)
        {
            weights.AddScores(f, scores);
        }

        foreach (var f in history)
        {
            weights.AddScores(f, scores);
        }
    }

    /// <summary>The best label allowed after <paramref name="previous"/>; ties go to the lower label (O first).</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = NerLabels.Outside;
        var bestScore = scores[0];
        for (var label = 1; label < scores.Length; label++)
        {
            if (scores[label] > bestScore && NerLabels.Allowed(previous, label))
            {
                best = label;
                bestScore = scores[label];
            }
        }

        return best;
    }
}