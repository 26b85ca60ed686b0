using Sitrep.Events;

namespace Sitrep.Training;

/// <summary>
/// Trains a <see cref="LinearModel"/>: multinomial logistic regression, L2-regularised, by AdaGrad over examples
/// shuffled with a fixed seed, so the same examples and seed give the same weights. Features seen fewer than
/// <see cref="MinCount"/> times are left out (they cannot generalise and would bloat the model file).
/// </summary>
public sealed class LogisticRegressionTrainer
{
    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>AdaGrad's base step.</summary>
    public double LearningRate { get; init; } = 0.2;

    /// <summary>L2 strength per update (0.01 had the best cross-validated mention F1 of 1e-4, 1e-3, 1e-2, 3e-2, 0.1; docs/event-models.md).</summary>
    public double L2 { get; init; } = 1e-2;

    /// <summary>Fewest examples a feature must occur in.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>The shuffling seed.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>
    /// Trains over <paramref name="examples"/> with the classes in <paramref name="classes"/> order (labels outside it
    /// are an error). Each class's examples may be weighted by <paramref name="classWeights"/> (default 1).
    /// </summary>
    public LinearModel Train(IReadOnlyList<LabelledExample> examples, IReadOnlyList<string> classes, IReadOnlyDictionary<string, double>? classWeights = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(classes);
        var k = classes.Count;
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in examples)
        {
            foreach (var name in e.Features.Names.Distinct(StringComparer.Ordinal))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        var features = counts.Where(p => p.Value >= MinCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var index = features.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var denseSize = examples.Count > 0 && examples.All(e => e.Features.Dense.Length == examples[0].Features.Dense.Length) ? examples[0].Features.Dense.Length : 0;

        var rows = examples.Select(e => (
            Features: e.Features.Names.Where(index.ContainsKey).Select(n => index[n]).Distinct().ToArray(),
            Dense: e.Features.Dense,
            Label: classIndex.TryGetValue(e.Label, out var c) ? c : throw new ArgumentException($"Label '{e.Label}' is not one of the classes {string.Join(", ", classes)}."),
            Weight: classWeights?.GetValueOrDefault(e.Label, 1.0) ?? 1.0)).ToArray();

        var w = new double[features.Count * k];
        var gw = new double[w.Length];
        var d = new double[denseSize * k];
        var gd = new double[d.Length];
        var b = new double[k];
        var gb = new double[k];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(Seed);
        var p = new double[k];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var r in order)
            {
                var (fs, dense, label, weight) = rows[r];
                var values = dense.Span;
                for (var c = 0; c < k; c++)
                {
                    var score = b[c];
                    foreach (var f in fs)
                    {
                        score += w[(f * k) + c];
                    }

                    for (var j = 0; j < denseSize; j++)
                    {
                        score += d[(j * k) + c] * values[j];
                    }

                    p[c] = score;
                }

                Softmax(p);
                for (var c = 0; c < k; c++)
                {
                    var g = weight * (p[c] - (c == label ? 1 : 0));
                    Step(b, gb, c, g);
                    foreach (var f in fs)
                    {
                        Step(w, gw, (f * k) + c, g + (L2 * w[(f * k) + c]));
                    }

                    for (var j = 0; j < denseSize; j++)
                    {
                        Step(d, gd, (j * k) + c, (g * values[j]) + (L2 * d[(j * k) + c]));
                    }
                }
            }
        }

        return new LinearModel(classes, features, [.. w.Select(x => (float)x)], [.. b.Select(x => (float)x)], denseSize, [.. d.Select(x => (float)x)]);
    }

    private void Step(double[] weights, double[] squares, int i, double gradient)
    {
        if (gradient == 0)
        {
            return;
        }

        squares[i] += gradient * gradient;
        weights[i] -= LearningRate * gradient / (Math.Sqrt(squares[i]) + 1e-8);
    }

    private static void Softmax(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }
}