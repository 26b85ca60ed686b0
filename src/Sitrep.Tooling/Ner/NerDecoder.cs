namespace Sitrep.Text.Ner;

/// <summary>Scoring and label choice for greedy left-to-right BIO decoding with the two previous labels as history, used in training (Ratinov and Roth 2009 found greedy as good as Viterbi for NER).</summary>
internal static class NerDecoder
{
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