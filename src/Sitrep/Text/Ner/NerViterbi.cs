using System.Buffers;

namespace Sitrep.Text.Ner;

/// <summary>Scores of the features that depend on the previous label (the transition features of a first-order model).</summary>
internal interface INerTransitionScores
{
    /// <summary>Adds to <paramref name="scores"/> (one per label) the weights of token <paramref name="token"/>'s features given <paramref name="previous"/>.</summary>
    void Add(int token, int previous, scoped Span<float> scores);
}

/// <summary>
/// Constrained Viterbi decoding over BIO labels (an I- only after B- or I- of its type), first order: the best label
/// sequence under per-token scores plus transition features of the previous label. Used by training (the structured
/// perceptron, Collins 2002) and by the run-time tagger, so both decode the same way.
/// </summary>
internal static class NerViterbi
{
    /// <param name="tokenScores">count × labels static scores, token by token.</param>
    /// <param name="outside">Tokens that are O without scoring (words never inside an entity), or empty for none.</param>
    /// <param name="transitions">The transition scores.</param>
    /// <param name="result">The best labels, one per token.</param>
    public static void Decode<T>(ReadOnlySpan<float> tokenScores, ReadOnlySpan<bool> outside, ref T transitions, Span<int> result)
        where T : INerTransitionScores, allows ref struct
    {
        var count = result.Length;
        var labels = NerLabels.Count;
        if (count == 0)
        {
            return;
        }

        var backRent = ArrayPool<int>.Shared.Rent(count * labels);
        var back = backRent.AsSpan(0, count * labels);
        Span<float> delta = stackalloc float[labels];
        Span<float> next = stackalloc float[labels];
        Span<float> scores = stackalloc float[labels];
        try
        {
            // Before the first token the previous label is O.
            delta.Fill(float.NegativeInfinity);
            delta[NerLabels.Outside] = 0;
            for (var i = 0; i < count; i++)
            {
                next.Fill(float.NegativeInfinity);
                var backRow = back.Slice(i * labels, labels);
                if (!outside.IsEmpty && outside[i])
                {
                    var bestPrevious = ArgMax(delta);
                    next[NerLabels.Outside] = delta[bestPrevious];
                    backRow.Fill(bestPrevious);
                }
                else
                {
                    var own = tokenScores.Slice(i * labels, labels);
                    for (var previous = 0; previous < labels; previous++)
                    {
                        if (float.IsNegativeInfinity(delta[previous]))
                        {
                            continue;
                        }

                        own.CopyTo(scores);
                        transitions.Add(i, previous, scores);
                        for (var label = 0; label < labels; label++)
                        {
                            var total = delta[previous] + scores[label];
                            if (total > next[label] && NerLabels.Allowed(previous, label))
                            {
                                next[label] = total;
                                backRow[label] = previous;
                            }
                        }
                    }
                }

                next.CopyTo(delta);
            }

            var best = ArgMax(delta);
            for (var i = count - 1; i >= 0; i--)
            {
                result[i] = best;
                best = back[(i * labels) + best];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(backRent);
        }
    }

    // Ties go to the lower label (O first), as in greedy decoding.
    private static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}