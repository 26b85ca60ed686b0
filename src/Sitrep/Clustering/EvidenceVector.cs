using Sitrep.Documents;

namespace Sitrep.Clustering;

/// <summary>
/// A mention's evidence sentences as one vector of the pretrained encoder (docs/encoder.md), stored compactly with the
/// mention: the mean of the sentences' unit vectors, renormalised, each component × 127 rounded to a signed byte
/// (384 bytes, base64 in the store's JSON, instead of 1.5 KB of floats). The rounding moves a cosine by less than 0.01.
/// </summary>
public static class EvidenceVector
{
    private const float Scale = 127f;

    /// <summary>The vector of sentences <paramref name="sentenceIndexes"/>, or null when none of them was encoded.</summary>
    public static byte[]? Of(EncodingLayer? encoding, IEnumerable<int> sentenceIndexes)
    {
        ArgumentNullException.ThrowIfNull(sentenceIndexes);
        if (encoding is null)
        {
            return null;
        }

        float[]? sum = null;
        foreach (var index in sentenceIndexes)
        {
            if (encoding.ForSentence(index) is not { } sentence)
            {
                continue;
            }

            sum ??= new float[sentence.Dimensions];
            var vector = sentence.SentenceVector;
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += vector[i];
            }
        }

        if (sum is null)
        {
            return null;
        }

        var norm = MathF.Sqrt(sum.Sum(v => v * v));
        var bytes = new byte[sum.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            bytes[i] = (byte)(sbyte)Math.Clamp(MathF.Round(norm > 0 ? sum[i] / norm * Scale : 0), -Scale, Scale);
        }

        return bytes;
    }

    /// <summary>The cosine of two stored vectors, or null when either is missing or they differ in length (different encoders).</summary>
    public static double? Cosine(byte[]? a, byte[]? b)
    {
        if (a is null || b is null || a.Length != b.Length || a.Length == 0)
        {
            return null;
        }

        long dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            int x = (sbyte)a[i], y = (sbyte)b[i];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }

        return na == 0 || nb == 0 ? null : dot / Math.Sqrt(na * (double)nb);
    }
}