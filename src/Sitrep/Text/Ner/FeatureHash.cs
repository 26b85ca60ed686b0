namespace Sitrep.Text.Ner;

/// <summary>
/// Stable 64-bit hashes for perceptron features (FNV-1a over characters, a SplitMix64 finaliser to combine),
/// so feature strings are never built and a saved model means the same thing in every process.
/// </summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 0xCBF29CE484222325;
    private const ulong Prime = 0x100000001B3;

    public static ulong Start => OffsetBasis;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        var h = OffsetBasis;
        foreach (var c in s)
        {
            h = Add(h, char.ToLowerInvariant(c));
        }

        return h;
    }

    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = OffsetBasis;
        foreach (var c in s)
        {
            h = Add(h, c);
        }

        return h;
    }

    /// <summary>Combines two hashes; never returns 0, which marks an empty slot.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var x = (a * 0x9E3779B97F4A7C15) ^ (b + 0x632BE59BD9B4E019 + (a << 6) + (a >> 2));
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9;
        x ^= x >> 29;
        x *= 0x94D049BB133111EB;
        x ^= x >> 32;
        return x == 0 ? 1 : x;
    }
}