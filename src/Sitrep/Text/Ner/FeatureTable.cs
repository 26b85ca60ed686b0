using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    private const int Lanes = 16; // two Vector256<int> per token: the widened 32-byte slot

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
    /// Greedy BIO decoding, as the training decoder (Sitrep.Tooling's <c>NerDecoder</c>) but on integer scores. The label-independent features of the
    /// whole sentence are scored first: one pass tests them against the bitmap and keeps those that may be present,
    /// a second pass reads their slots, independent loads the processor overlaps (the slot reads are the cost: the
    /// table does not fit in the core's cache). Only the four history features wait for the previous decision.
    /// A row is added to the scores as one 256-bit load widened to two vectors of eight 32-bit lanes, so the sums
    /// are the integers the scalar loop gave, label by label (lane = label + 2: the slot's tag fills lanes 0 and 1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decode(ReadOnlySpan<ulong> features, ReadOnlySpan<ulong> lowers, ReadOnlySpan<ulong> shapes, Span<int> result, bool viterbi = false)
    {
        const int width = NerFeatureExtractor.StaticCount;
        var count = result.Length;
        var candidates = ArrayPool<int>.Shared.Rent((count * width) + count + 1);
        var tokenScores = ArrayPool<int>.Shared.Rent(count * Lanes);
        try
        {
            // Pass 1: the features that pass the bitmap, as indexes into features; starts[i] opens token i's run.
            var starts = candidates.AsSpan(count * width, count + 1);
            var kept = 0;
            for (var i = 0; i < count; i++)
            {
                starts[i] = kept;
                if (IsSkipped(features, i))
                {
                    continue;
                }

                for (var k = i * width; k < (i + 1) * width; k++)
                {
                    var feature = features[k];
                    var bit = FilterBit(feature);
                    candidates[kept] = k;
                    kept += feature != 0 && (filter[bit >> 6] & (1UL << (bit & 63))) != 0 ? 1 : 0;
                }
            }

            starts[count] = kept;

            // Pass 2: each token's static score.
            for (var i = 0; i < count; i++)
            {
                var sum0 = Vector256<int>.Zero;
                var sum1 = Vector256<int>.Zero;
                for (var c = starts[i]; c < starts[i + 1]; c++)
                {
                    AddRow(features[candidates[c]], ref sum0, ref sum1);
                }

                sum0.CopyTo(tokenScores.AsSpan(i * Lanes));
                sum1.CopyTo(tokenScores.AsSpan((i * Lanes) + 8));
            }

            if (viterbi)
            {
                DecodeViterbi(features, lowers, shapes, tokenScores, result);
                return;
            }

            // Pass 3: greedy decisions, adding the history features.
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

                var sum0 = Vector256.Create<int>(tokenScores.AsSpan(i * Lanes, 8));
                var sum1 = Vector256.Create<int>(tokenScores.AsSpan((i * Lanes) + 8, 8));
                NerFeatureExtractor.History(previous, previous2, lowers[i], shapes[i], history);
                foreach (var f in history)
                {
                    if (MayContain(f))
                    {
                        AddRow(f, ref sum0, ref sum1);
                    }
                }

                sum0.CopyTo(tokenScores.AsSpan(i * Lanes));
                sum1.CopyTo(tokenScores.AsSpan((i * Lanes) + 8));
                var scores = tokenScores.AsSpan((i * Lanes) + 2, labels);
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
        }
        finally
        {
            ArrayPool<int>.Shared.Return(candidates);
            ArrayPool<int>.Shared.Return(tokenScores);
        }
    }

    // Pass 3 of a first-order model: constrained Viterbi over the static scores (lanes 2..12 of each token) and the
    // three transition features of each previous label.
    private void DecodeViterbi(ReadOnlySpan<ulong> features, ReadOnlySpan<ulong> lowers, ReadOnlySpan<ulong> shapes, int[] tokenScores, Span<int> result)
    {
        var count = result.Length;
        var scores = ArrayPool<float>.Shared.Rent(count * labels);
        var outside = ArrayPool<bool>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                outside[i] = IsSkipped(features, i);
                for (var l = 0; l < labels; l++)
                {
                    scores[(i * labels) + l] = tokenScores[(i * Lanes) + 2 + l];
                }
            }

            var transitions = new TableTransitions(this, lowers, shapes);
            NerViterbi.Decode(scores.AsSpan(0, count * labels), outside.AsSpan(0, count), ref transitions, result);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<bool>.Shared.Return(outside);
        }
    }

    private bool MayContain(ulong feature)
    {
        var bit = FilterBit(feature);
        return feature != 0 && (filter[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    // Adds the row of feature (if present) to the two sums: lanes 2..12 of the widened slot are the 11 weights.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(ulong feature, ref Vector256<int> sum0, ref Vector256<int> sum1)
    {
        var fingerprint = Fingerprint(feature);
        var slot = SlotOf(feature);
        ref var first = ref MemoryMarshal.GetArrayDataReference(slots);
        while (true)
        {
            ref var entry = ref Unsafe.Add(ref first, slot);
            if (!entry.Used)
            {
                return;
            }

            if (entry.Fingerprint == fingerprint)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref Unsafe.As<Slot, short>(ref entry)));
                sum0 += low;
                sum1 += high;
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    // The extractor leaves the features of words that are never inside an entity at zero (the bias is never zero otherwise).
    private static bool IsSkipped(ReadOnlySpan<ulong> features, int i) => features[i * NerFeatureExtractor.StaticCount] == 0;

    private int SlotOf(ulong key) => (int)((key ^ (key >> 29)) & (ulong)mask);

    // The slot index uses the low bits; the fingerprint the high 31, so two features collide only if 31 + log2(capacity) bits agree.
    private static uint Fingerprint(ulong key) => (uint)(key >> 33);

    private static int FilterBit(ulong key) => (int)((key >> 13) & (FilterBits - 1));

    private readonly ref struct TableTransitions : INerTransitionScores
    {
        private readonly FeatureTable table;
        private readonly ReadOnlySpan<ulong> lowers;
        private readonly ReadOnlySpan<ulong> shapes;

        public TableTransitions(FeatureTable table, ReadOnlySpan<ulong> lowers, ReadOnlySpan<ulong> shapes)
        {
            this.table = table;
            this.lowers = lowers;
            this.shapes = shapes;
        }

        public void Add(int token, int previous, scoped Span<float> scores)
        {
            Span<ulong> transition = stackalloc ulong[NerFeatureExtractor.TransitionCount];
            Span<int> sums = stackalloc int[MaxLabels];
            NerFeatureExtractor.Transition(previous, lowers[token], shapes[token], transition);
            foreach (var f in transition)
            {
                table.AddScores(f, sums);
            }

            for (var l = 0; l < scores.Length; l++)
            {
                scores[l] += sums[l];
            }
        }
    }

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