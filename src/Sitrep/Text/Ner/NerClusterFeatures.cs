using System.Runtime.CompilerServices;

namespace Sitrep.Text.Ner;

/// <summary>
/// The word-cluster and capitalisation-prior features of <see cref="NerFeatureExtractor"/>, appended after its own:
/// Brown cluster path prefixes of 4, 6, 10 and 20 bits of the token and of each neighbour (Ratinov and Roth 2009,
/// §5), and the <see cref="NerCapitalisation"/> bucket of the token (alone and with its capitalisation class) and of
/// each neighbour. All zero (no feature) when the model has no clusters.
/// </summary>
internal static class NerClusterFeatures
{
    /// <summary>Index of the first of these features in a token's feature row.</summary>
    public const int First = 38;

    /// <summary>How many there are.</summary>
    public const int Count = 16;

    private static readonly int[] PrefixBits = [4, 6, 10, 20];

    /// <summary>
    /// The packed <see cref="NerWordClusters"/> entry of each word: <paramref name="lowers"/> holds lower-case word
    /// hashes with <paramref name="pad"/> padding slots at each end, which get 0 (no word).
    /// </summary>
    public static void Lookup(NerWordClusters? clusters, ReadOnlySpan<ulong> lowers, int pad, Span<ulong> entries)
    {
        entries[..lowers.Length].Clear();
        if (clusters is null)
        {
            return;
        }

        for (var j = pad; j < lowers.Length - pad; j++)
        {
            entries[j] = clusters.Lookup(lowers[j]);
        }
    }

    /// <summary>Writes the <see cref="Count"/> features of the token at padded position <paramref name="j"/> into <paramref name="features"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(ReadOnlySpan<ulong> entries, ReadOnlySpan<ulong> classes, int j, Span<ulong> features)
    {
        var self = entries[j];
        if (self == 0)
        {
            features[..Count].Clear();
            return;
        }

        var previous = entries[j - 1];
        var next = entries[j + 1];
        for (var p = 0; p < PrefixBits.Length; p++)
        {
            features[p] = Path(201 + (ulong)p, self, PrefixBits[p]);
            features[4 + p] = Path(205 + (ulong)p, previous, PrefixBits[p]);
            features[8 + p] = Path(209 + (ulong)p, next, PrefixBits[p]);
        }

        var bucket = (ulong)NerWordClusters.CapitalisationOf(self);
        features[12] = FeatureHash.Mix(213, bucket);
        features[13] = FeatureHash.Mix(FeatureHash.Mix(214, bucket), classes[j]);
        features[14] = previous == 0 ? 0 : FeatureHash.Mix(215, (ulong)NerWordClusters.CapitalisationOf(previous));
        features[15] = next == 0 ? 0 : FeatureHash.Mix(216, (ulong)NerWordClusters.CapitalisationOf(next));
    }

    private static ulong Path(ulong template, ulong entry, int bits)
    {
        var prefix = NerWordClusters.Prefix(entry, bits);
        return prefix == 0 ? 0 : FeatureHash.Mix(template, prefix);
    }
}