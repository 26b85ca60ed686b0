namespace Sitrep.Evaluation;

/// <summary>A count range such as fatalities, <c>{ "min": n, "max": n }</c> in gold.json; <c>Min</c> = <c>Max</c> for an exact figure.</summary>
public readonly record struct EvalCount
{
    /// <summary>Creates a range; <paramref name="min"/> must not be negative nor above <paramref name="max"/>.</summary>
    public EvalCount(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        Min = min;
        Max = max;
    }

    /// <summary>The lowest figure.</summary>
    public int Min { get; }

    /// <summary>The highest figure.</summary>
    public int Max { get; }

    /// <summary><c>6</c> for an exact count, <c>5-10</c> for a range.</summary>
    public override string ToString() =>
        Min == Max
            ? Min.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min}-{Max}");
}