using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>
/// The tagger's features for each token of a sentence, as 64-bit hashes: the word, its exact form, shape,
/// prefixes and suffixes, the neighbouring words and shapes within two tokens, word bigrams, the capitalisation
/// pattern around it, sentence-initial position, Sitrep's own word lists (<see cref="BuiltInLexicon"/>) and gazetteer codes (the feature set of Ratinov and Roth 2009,
/// without the cluster features). History features (the previous labels) are added by the decoder.
/// </summary>
internal sealed class NerFeatureExtractor
{
    public const int StaticCount = NerClusterFeatures.First + NerClusterFeatures.Count;
    public const int HistoryCount = 4;
    public const int TransitionCount = 3;
    private const int Pad = 2;

    // The bias feature, the same for every token.
    private static readonly ulong Bias = FeatureHash.Mix(1, 0);

    private readonly INerGazetteer? gazetteer;
    private readonly BuiltInLexicon lexicon;
    private readonly FrozenSet<ulong> alwaysOutside;
    private readonly NerWordClusters? clusters;

    /// <param name="gazetteer">External dictionary evidence, or null.</param>
    /// <param name="lexicon">Sitrep's own word lists, always on.</param>
    /// <param name="alwaysOutside">Lower-cased word hashes never inside an entity in training ("the", ","): their features
    /// are left at zero, which tells the decoder to label them O without scoring.</param>
    /// <param name="clusters">Word clusters and capitalisation prior (<see cref="NerClusterFeatures"/>), or null.</param>
    public NerFeatureExtractor(INerGazetteer? gazetteer, BuiltInLexicon lexicon, IReadOnlySet<ulong>? alwaysOutside = null, NerWordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.clusters = clusters;
        this.alwaysOutside = alwaysOutside as FrozenSet<ulong> ?? (alwaysOutside ?? new HashSet<ulong>()).ToFrozenSet();
    }

    /// <summary>Fills <paramref name="features"/> (count × <see cref="StaticCount"/>) and <paramref name="lowers"/>, <paramref name="shapes"/> (count each).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Extract(string text, TokenLayer tokens, int first, int count, Span<ulong> features, Span<ulong> lowers, Span<ulong> shapes)
    {
        var width = count + (2 * Pad);
        var rented = ArrayPool<ulong>.Shared.Rent(5 * width);
        var codes = ArrayPool<ushort>.Shared.Rent(2 * width);
        var prefixRent = ArrayPool<ulong>.Shared.Rent(3 * count);
        try
        {
            var low = rented.AsSpan(0, width);
            var exact = rented.AsSpan(width, width);
            var shape = rented.AsSpan(2 * width, width);
            var cls = rented.AsSpan(3 * width, width);
            var words = rented.AsSpan(4 * width, width);
            var gaz = codes.AsSpan(0, width);
            var lex = codes.AsSpan(width, width);
            codes.AsSpan(0, 2 * width).Clear();
            for (var p = 0; p < Pad; p++)
            {
                low[p] = exact[p] = shape[p] = cls[p] = 11 + (ulong)p;
                low[width - 1 - p] = exact[width - 1 - p] = shape[width - 1 - p] = cls[width - 1 - p] = 21 + (ulong)p;
            }

            var prefixes = prefixRent.AsSpan(0, 3 * count);
            for (var i = 0; i < count; i++)
            {
                var word = tokens.TextOf(text, first + i);
                HashWord(word, out low[i + Pad], out exact[i + Pad], prefixes.Slice(3 * i, 3));
                shape[i + Pad] = ShapeHash(word);
                cls[i + Pad] = (ulong)ClassOf(word);
            }

            NerClusterFeatures.Lookup(clusters, low, Pad, words);
            gazetteer?.Tag(text, tokens, first, gaz.Slice(Pad, count));
            lexicon.Tag(text, tokens, first, lex.Slice(Pad, count));
            for (var i = 0; i < count; i++)
            {
                var j = i + Pad;
                var f = features.Slice(i * StaticCount, StaticCount);
                lowers[i] = low[j];
                shapes[i] = shape[j];
                if (alwaysOutside.Contains(low[j]))
                {
                    f.Clear();
                    continue;
                }

                var word = tokens.TextOf(text, first + i);
                f[0] = Bias;
                f[1] = FeatureHash.Mix(2, low[j]);
                f[2] = FeatureHash.Mix(3, exact[j]);
                f[3] = FeatureHash.Mix(4, shape[j]);
                f[4] = FeatureHash.Mix(5, Suffix(word, 2));
                f[5] = FeatureHash.Mix(6, Suffix(word, 3));
                f[6] = FeatureHash.Mix(7, Suffix(word, 4));
                f[7] = FeatureHash.Mix(8, prefixes[3 * i]);
                f[8] = FeatureHash.Mix(9, prefixes[(3 * i) + 1]);
                f[9] = FeatureHash.Mix(10, prefixes[(3 * i) + 2]);
                f[10] = FeatureHash.Mix(11, low[j - 1]);
                f[11] = FeatureHash.Mix(12, low[j + 1]);
                f[12] = FeatureHash.Mix(13, low[j - 2]);
                f[13] = FeatureHash.Mix(14, low[j + 2]);
                f[14] = FeatureHash.Mix(15, shape[j - 1]);
                f[15] = FeatureHash.Mix(16, shape[j + 1]);
                f[16] = FeatureHash.Mix(FeatureHash.Mix(17, low[j - 1]), low[j]);
                f[17] = FeatureHash.Mix(FeatureHash.Mix(18, low[j]), low[j + 1]);
                f[18] = FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(19, cls[j - 1]), cls[j]), cls[j + 1]);
                f[19] = FeatureHash.Mix(FeatureHash.Mix(20, i == 0 ? 1UL : 0UL), cls[j]);
                f[20] = FeatureHash.Mix(FeatureHash.Mix(21, cls[j]), low[j - 1]);
                f[21] = FeatureHash.Mix(FeatureHash.Mix(22, cls[j]), low[j + 1]);
                f[22] = FeatureHash.Mix(FeatureHash.Mix(23, exact[j - 1]), cls[j]);
                f[23] = FeatureHash.Mix(FeatureHash.Mix(24, shape[j - 1]), FeatureHash.Mix(shape[j], shape[j + 1]));
                f[24] = Code(25, gaz[j], 0, 31);
                f[25] = Code(26, gaz[j - 1], 0, 31);
                f[26] = Code(27, gaz[j + 1], 0, 31);
                f[27] = FeatureHash.Mix(28, lex[j]);
                f[28] = FeatureHash.Mix(29, lex[j - 1]);
                f[29] = FeatureHash.Mix(30, lex[j + 1]);
                f[30] = FeatureHash.Mix(FeatureHash.Mix(31, lex[j]), cls[j]);

                // The rest of the gazetteer code (GeoNerGazetteer): organisation names, cue words and spans, people's names.
                f[31] = Code(32, gaz[j], GeoNerGazetteer.OrgNameShift, 3);
                f[32] = Code(33, gaz[j], GeoNerGazetteer.CueWordShift, 3);
                f[33] = Code(34, gaz[j], GeoNerGazetteer.CueSpanShift, 3);
                f[34] = Code(35, gaz[j], GeoNerGazetteer.PersonShift, 3);
                f[35] = FeatureHash.Mix(Code(36, gaz[j - 1], GeoNerGazetteer.PersonShift, 3), (ulong)((gaz[j] >> GeoNerGazetteer.PersonShift) & 3));
                f[36] = Code(37, gaz[j + 1], GeoNerGazetteer.PersonShift, 3);
                f[37] = f[33] == 0 ? 0 : FeatureHash.Mix(FeatureHash.Mix(38, gaz[j] & 31UL), (ulong)((gaz[j] >> GeoNerGazetteer.CueSpanShift) & 3));
                NerClusterFeatures.Write(words, cls, j, f[NerClusterFeatures.First..]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
            ArrayPool<ushort>.Shared.Return(codes);
            ArrayPool<ulong>.Shared.Return(prefixRent);
        }
    }

    // One field of a gazetteer code as a feature, or 0 (no feature) when the field is empty.
    private static ulong Code(ulong template, ushort code, int shift, int mask)
    {
        var value = (ulong)((code >> shift) & mask);
        return value == 0 ? 0 : FeatureHash.Mix(template, value);
    }

    /// <summary>History features of a token given the two previous labels.</summary>
    public static void History(int previous, int previous2, ulong lower, ulong shape, Span<ulong> history)
    {
        history[0] = FeatureHash.Mix(101, (ulong)previous);
        history[1] = FeatureHash.Mix(FeatureHash.Mix(102, (ulong)previous), (ulong)previous2);
        history[2] = FeatureHash.Mix(FeatureHash.Mix(103, (ulong)previous), lower);
        history[3] = FeatureHash.Mix(FeatureHash.Mix(104, (ulong)previous), shape);
    }

    /// <summary>Transition features of a first-order (Viterbi) model: the greedy history without the label two back.</summary>
    public static void Transition(int previous, ulong lower, ulong shape, Span<ulong> transition)
    {
        transition[0] = FeatureHash.Mix(101, (ulong)previous);
        transition[1] = FeatureHash.Mix(FeatureHash.Mix(103, (ulong)previous), lower);
        transition[2] = FeatureHash.Mix(FeatureHash.Mix(104, (ulong)previous), shape);
    }

    // Word shape as in spaCy: X for upper, x for lower, d for digits, other characters kept, runs cut at four.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong ShapeHash(ReadOnlySpan<char> word)
    {
        var h = FeatureHash.Start;
        var last = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 4)
            {
                h = FeatureHash.Add(h, s);
            }
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ClassOf(ReadOnlySpan<char> word)
    {
        var c = word[0];
        if (c is '@' or '#' || word.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return 6;
        }

        if (char.IsDigit(c))
        {
            return 3;
        }

        if (!char.IsLetter(c))
        {
            return 4;
        }

        bool anyUpper = false, anyLower = false, restLower = true;
        for (var i = 0; i < word.Length; i++)
        {
            var ch = word[i];
            anyUpper |= char.IsUpper(ch);
            anyLower |= char.IsLower(ch);
            if (i > 0 && char.IsUpper(ch))
            {
                restLower = false;
            }
        }

        if (!anyUpper)
        {
            return 0;
        }

        if (!anyLower)
        {
            return word.Length == 1 ? 1 : 2;
        }

        return char.IsUpper(c) && restLower ? 1 : 5;
    }

    private static ulong Suffix(ReadOnlySpan<char> word, int length) =>
        word.Length < length ? 0 : FeatureHash.Mix((ulong)length, FeatureHash.OfLower(word[^length..]));

    // FeatureHash.OfLower and FeatureHash.Of of the word in one pass, with the prefix features of lengths 1–3 (0 when the
    // word is shorter): OfLower of a prefix is the running lower-case hash after its last character.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HashWord(ReadOnlySpan<char> word, out ulong lower, out ulong exact, Span<ulong> prefixes)
    {
        prefixes.Clear();
        var l = FeatureHash.Start;
        var e = FeatureHash.Start;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            l = FeatureHash.Add(l, char.ToLowerInvariant(c));
            e = FeatureHash.Add(e, c);
            if (k < 3)
            {
                prefixes[k] = FeatureHash.Mix((ulong)(k + 1), l);
            }
        }

        lower = l;
        exact = e;
    }
}