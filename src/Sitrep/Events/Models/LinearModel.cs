using System.Collections.Frozen;

namespace Sitrep.Events;

/// <summary>
/// A multinomial logistic regression over named features and an optional dense block: one weight row per class, the
/// softmax of the scores as probabilities. Immutable and thread-safe; written and read by <see cref="EventModels"/>.
/// </summary>
public sealed class LinearModel
{
    // Bounds for reading a file that may be damaged or hostile: far above what training produces.
    internal const int MaxClasses = 256;
    internal const int MaxFeatures = 2_000_000;
    internal const int MaxDense = 4_096;

    private readonly FrozenDictionary<string, int> index;
    private readonly float[] weights; // feature-major: weights[f * classes + c]
    private readonly float[] dense; // dense-major: dense[d * classes + c]
    private readonly float[] bias;

    /// <summary>Creates a model; <paramref name="weights"/> is feature-major, <paramref name="denseWeights"/> dense-index-major.</summary>
    public LinearModel(IReadOnlyList<string> classes, IReadOnlyList<string> features, float[] weights, float[] bias, int denseSize, float[] denseWeights)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        ArgumentNullException.ThrowIfNull(denseWeights);
        if (classes.Count is < 2 or > MaxClasses || bias.Length != classes.Count || weights.Length != features.Count * classes.Count
            || denseSize < 0 || denseWeights.Length != denseSize * classes.Count)
        {
            throw new ArgumentException("The weights do not fit the classes, features and dense size given.");
        }

        Classes = classes;
        Features = features;
        DenseSize = denseSize;
        this.weights = weights;
        this.bias = bias;
        dense = denseWeights;
        index = features.Select((f, i) => (f, i)).ToFrozenDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The class names, in weight-row order.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The feature names the model knows, in weight order.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>The length of the dense block the model reads (0 for none).</summary>
    public int DenseSize { get; }

    internal ReadOnlySpan<float> Weights => weights;

    internal ReadOnlySpan<float> DenseWeights => dense;

    internal ReadOnlySpan<float> Bias => bias;

    /// <summary>The probability of each class, in <see cref="Classes"/> order. Unknown features are ignored; a dense block of another length is ignored.</summary>
    public double[] Probabilities(FeatureBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        var k = Classes.Count;
        var scores = new double[k];
        for (var c = 0; c < k; c++)
        {
            scores[c] = bias[c];
        }

        var seen = new HashSet<int>();
        foreach (var name in bag.Names)
        {
            if (index.TryGetValue(name, out var f) && seen.Add(f))
            {
                for (var c = 0; c < k; c++)
                {
                    scores[c] += weights[(f * k) + c];
                }
            }
        }

        if (bag.Dense.Length == DenseSize && DenseSize > 0)
        {
            var values = bag.Dense.Span;
            for (var d = 0; d < DenseSize; d++)
            {
                for (var c = 0; c < k; c++)
                {
                    scores[c] += dense[(d * k) + c] * values[d];
                }
            }
        }

        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < k; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < k; c++)
        {
            scores[c] /= sum;
        }

        return scores;
    }

    /// <summary>The probability of class <paramref name="name"/>, 0 when the model has no such class.</summary>
    public double ProbabilityOf(FeatureBag bag, string name)
    {
        var c = IndexOf(name);
        return c < 0 ? 0 : Probabilities(bag)[c];
    }

    /// <summary>The most probable class and its probability.</summary>
    public (string Class, double Probability) Best(FeatureBag bag)
    {
        var p = Probabilities(bag);
        var best = 0;
        for (var c = 1; c < p.Length; c++)
        {
            if (p[c] > p[best])
            {
                best = c;
            }
        }

        return (Classes[best], p[best]);
    }

    /// <summary>The index of class <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var c = 0; c < Classes.Count; c++)
        {
            if (string.Equals(Classes[c], name, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }
}