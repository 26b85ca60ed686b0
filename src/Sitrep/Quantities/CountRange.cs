namespace Sitrep.Quantities;

/// <summary>
/// A count read from text as the range it allows: "six" is [6, 6], "between 5 and 10" is [5, 10], "nearly 100" is
/// [90, 99]. ACLED-style conservative figures are the <see cref="Min"/>; docs/quantities.md lists every rule.
/// </summary>
public readonly record struct CountRange
{
    /// <summary>Creates a range; counts are never negative and <paramref name="max"/> is not below <paramref name="min"/>.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    public CountRange(long min, long max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        Min = min;
        Max = max;
    }

    /// <summary>The smallest count the text allows; ACLED's "most conservative figure".</summary>
    public long Min { get; }

    /// <summary>The largest count the text allows.</summary>
    public long Max { get; }

    /// <summary>True when the text gives one figure.</summary>
    public bool IsExact => Min == Max;

    /// <summary>The range [<paramref name="count"/>, <paramref name="count"/>].</summary>
    public static CountRange Exactly(long count) => new(count, count);

    /// <inheritdoc/>
    public override string ToString() => IsExact ? $"{Min}" : $"{Min}–{Max}";
}