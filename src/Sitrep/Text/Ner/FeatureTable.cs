namespace Sitrep.Text.Ner;

/// <summary>
/// The run-time weights: an open-addressing hash table from feature hash to a row of per-label weights.
/// Immutable after construction, so one instance serves every thread.
/// </summary>
internal sealed class FeatureTable : ILabelWeights
{
    private readonly ulong[] slots;
    private readonly int[] rows;
    private readonly float[] weights;
    private readonly int labels;
    private readonly int mask;

    /// <param name="keys">Distinct non-zero feature hashes.</param>
    /// <param name="weights">keys.Length × <paramref name="labels"/> weights, row by row.</param>
    /// <param name="labels">Number of labels.</param>
    public FeatureTable(ReadOnlySpan<ulong> keys, float[] weights, int labels)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        slots = new ulong[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        this.weights = weights;
        this.labels = labels;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            var slot = SlotOf(key);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = key;
            rows[slot] = row;
        }

        Count = keys.Length;
    }

    public int Count { get; }

    public void AddScores(ulong feature, Span<float> scores)
    {
        if (feature == 0)
        {
            return;
        }

        var slot = SlotOf(feature);
        while (true)
        {
            var key = slots[slot];
            if (key == feature)
            {
                var row = weights.AsSpan(rows[slot] * labels, labels);
                for (var l = 0; l < row.Length; l++)
                {
                    scores[l] += row[l];
                }

                return;
            }

            if (key == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int SlotOf(ulong key) => (int)((key ^ (key >> 29)) & (ulong)mask);
}