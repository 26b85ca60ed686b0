namespace Sitrep.Documents;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; <paramref name="start"/> must not be negative nor after <paramref name="end"/>.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>Offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Offset one past the last code unit.</summary>
    public int End { get; }

    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The covered characters of <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}