namespace Sitrep.Text.Ner;

/// <summary>
/// Multiclass perceptron weights with lazy averaging (Collins 2002; the timestamp trick of Daumé's thesis):
/// each weight keeps the sum of its past values up to its last change, so averaging costs nothing per step.
/// </summary>
internal sealed class AveragedPerceptron : ILabelWeights
{
    private readonly Dictionary<ulong, int> rowsByFeature = [];
    private readonly int labels;
    private float[] weights = new float[1 << 16];
    private double[] totals = new double[1 << 16];
    private int[] stamps = new int[1 << 16];
    private int time = 1;

    public AveragedPerceptron(int labels) => this.labels = labels;

    public int FeatureCount => rowsByFeature.Count;

    public void AddScores(ulong feature, Span<float> scores)
    {
        if (feature == 0 || !rowsByFeature.TryGetValue(feature, out var row))
        {
            return;
        }

        var w = weights.AsSpan(row * labels, labels);
        for (var l = 0; l < w.Length; l++)
        {
            scores[l] += w[l];
        }
    }

    public void Tick() => time++;

    public void Update(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (var feature in features)
        {
            if (feature == 0)
            {
                continue;
            }

            var i = (RowOf(feature) * labels) + label;
            totals[i] += (time - stamps[i]) * (double)weights[i];
            weights[i] += delta;
            stamps[i] = time;
        }
    }

    /// <summary>The averaged weights of every feature whose largest absolute weight reaches <paramref name="threshold"/>.</summary>
    public (ulong[] Keys, float[] Weights) Average(float threshold)
    {
        var keys = new List<ulong>(rowsByFeature.Count);
        var kept = new List<float>(rowsByFeature.Count * labels);
        var row = new float[labels];
        foreach (var (feature, index) in rowsByFeature.OrderBy(p => p.Key))
        {
            var max = 0f;
            for (var l = 0; l < labels; l++)
            {
                var i = (index * labels) + l;
                var total = totals[i] + ((time - stamps[i]) * (double)weights[i]);
                row[l] = (float)(total / time);
                max = Math.Max(max, Math.Abs(row[l]));
            }

            if (max >= threshold)
            {
                keys.Add(feature);
                kept.AddRange(row);
            }
        }

        return ([.. keys], [.. kept]);
    }

    private int RowOf(ulong feature)
    {
        if (rowsByFeature.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = rowsByFeature.Count;
        rowsByFeature[feature] = row;
        var needed = (row + 1) * labels;
        if (needed > weights.Length)
        {
            var size = Math.Max(needed, weights.Length * 2);
            Array.Resize(ref weights, size);
            Array.Resize(ref totals, size);
            Array.Resize(ref stamps, size);
        }

        return row;
    }
}