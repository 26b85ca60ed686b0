using System.Runtime.CompilerServices;

namespace Sitrep.Text.Ner;

/// <summary>
/// The run-time weights: an open-addressing hash table whose 32-byte slots hold 31 bits of a feature's hash and its
/// per-label weights as 16-bit integers (one scale for the model; 8 bits lost two points of F1), so scoring a
/// feature costs at most one cache miss; a 128 KB bitmap of present features answers most lookups of absent ones
/// (rare words) without touching the table. Scores are summed as integers. Immutable after construction, so one instance serves every thread.
/// </summary>
internal sealed class FeatureTable
{
    public const int MaxLabels = 11;
    private const int FilterBits = 1 << 20;

    private readonly Slot[] slots;
    private readonly ulong[] filter = new ulong[FilterBits / 64];
    private readonly int labels;
    private readonly int mask;

    /// <param name="keys">Distinct non-zero feature hashes.</param>
    /// <param name="rows">keys.Length × <paramref name="labels"/> quantised weights (see <see cref="Quantise"/>), row by row.</param>
    /// <param name="labels">Number of labels, at most <see cref="MaxLabels"/>.</param>
    public FeatureTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<short> rows, int labels)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labels, MaxLabels);
        var capacity = 16;
        while (capacity < keys.Length + (keys.Length / 2))
        {
            capacity <<= 1;
        }

        slots = new Slot[capacity];
        mask = capacity - 1;
        this.labels = labels;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            var slot = SlotOf(key);
            while (slots[slot].Used)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot].Used = true;
            slots[slot].Fingerprint = Fingerprint(key);
            rows.Slice(row * labels, labels).CopyTo(slots[slot].Row);
            var bit = FilterBit(key);
            filter[bit >> 6] |= 1UL << (bit & 63);
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>Quantises float weights to 16 bits with one scale for the whole model (the largest weight maps to 32000).</summary>
    public static short[] Quantise(ReadOnlySpan<float> weights)
    {
        var max = 1e-6f;
        foreach (var w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var scale = 32000f / max;
        var result = new short[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            result[i] = (short)Math.Round(weights[i] * scale);
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddScores(ulong feature, Span<int> scores)
    {
        var bit = FilterBit(feature);
        if (feature == 0 || (filter[bit >> 6] & (1UL << (bit & 63))) == 0)
        {
            return;
        }

        var fingerprint = Fingerprint(feature);
        var slot = SlotOf(feature);
        while (true)
        {
            ref readonly var entry = ref slots[slot];
            if (!entry.Used)
            {
                return;
            }

            if (entry.Fingerprint == fingerprint)
            {
                ReadOnlySpan<short> row = entry.Row;
                for (var l = 0; l < labels; l++)
                {
                    scores[l] += row[l];
                }

                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// Greedy BIO decoding, as <see cref="NerDecoder"/> but on integer scores. The label-independent features of the
    /// whole sentence are scored first, in one loop of independent loads the processor can overlap; only the four
    /// history features wait for the previous decision.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decode(ReadOnlySpan<ulong> features, ReadOnlySpan<ulong> lowers, ReadOnlySpan<ulong> shapes, Span<int> result)
    {
        var count = result.Length;
        var rented = count * labels <= 2048 ? null : System.Buffers.ArrayPool<int>.Shared.Rent(count * labels);
        var tokenScores = rented is null ? stackalloc int[count * labels] : rented.AsSpan(0, count * labels);
        tokenScores.Clear();
        for (var i = 0; i < count; i++)
        {
            var scores = tokenScores.Slice(i * labels, labels);
            if (IsSkipped(features, i))
            {
                continue;
            }

            foreach (var f in features.Slice(i * NerFeatureExtractor.StaticCount, NerFeatureExtractor.StaticCount))
            {
                AddScores(f, scores);
            }
        }

        Span<ulong> history = stackalloc ulong[NerFeatureExtractor.HistoryCount];
        int previous = NerLabels.Outside, previous2 = NerLabels.Outside;
        for (var i = 0; i < count; i++)
        {
            if (IsSkipped(features, i))
            {
                result[i] = NerLabels.Outside;
                previous2 = previous;
                previous = NerLabels.Outside;
                continue;
            }

            var scores = tokenScores.Slice(i * labels, labels);
            NerFeatureExtractor.History(previous, previous2, lowers[i], shapes[i], history);
            foreach (var f in history)
            {
                AddScores(f, scores);
            }

            var best = NerLabels.Outside;
            for (var label = 1; label < labels; label++)
            {
                if (scores[label] > scores[best] && NerLabels.Allowed(previous, label))
                {
                    best = label;
                }
            }

            result[i] = best;
            previous2 = previous;
            previous = best;
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }
    }

    // The extractor leaves the features of words that are never inside an entity at zero (the bias is never zero otherwise).
    private static bool IsSkipped(ReadOnlySpan<ulong> features, int i) => features[i * NerFeatureExtractor.StaticCount] == 0;

    private int SlotOf(ulong key) => (int)((key ^ (key >> 29)) & (ulong)mask);

    // The slot index uses the low bits; the fingerprint the high 31, so two features collide only if 31 + log2(capacity) bits agree.
    private static uint Fingerprint(ulong key) => (uint)(key >> 33);

    private static int FilterBit(ulong key) => (int)((key >> 13) & (FilterBits - 1));

    [InlineArray(14)]
    private struct WeightRow
    {
        private short first;
    }

    // 32 bytes: used flag and fingerprint packed in 4, then the weights (11 used, padded to half a cache line).
    private struct Slot
    {
        private uint tag;
        public WeightRow Row;

        public bool Used
        {
            readonly get => (tag & 1) != 0;
            set => tag = value ? tag | 1 : tag & ~1u;
        }

        public uint Fingerprint
        {
            readonly get => tag >> 1;
            set => tag = (value << 1) | (tag & 1);
        }
    }
}