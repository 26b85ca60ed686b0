namespace Sitrep.Evaluation;

/// <summary>
/// A closed interval of days an event happened in, as gold and predictions state it for scoring:
/// <c>Start</c> = <c>End</c> for a known day, a wider range for a week, month or season (EVALUATION.md, <c>date</c>).
/// </summary>
public readonly record struct EvalDate
{
    /// <summary>Creates an interval; <paramref name="end"/> must not be before <paramref name="start"/>.</summary>
    public EvalDate(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The interval ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day of the interval.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the interval (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>True when the two intervals share at least one day (both ends inclusive).</summary>
    public bool Overlaps(EvalDate other) => Start <= other.End && other.Start <= End;

    /// <summary><c>2026-03-06</c> for one day, <c>2026-03-01..2026-03-31</c> for a range.</summary>
    public override string ToString() =>
        Start == End
            ? Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");
}