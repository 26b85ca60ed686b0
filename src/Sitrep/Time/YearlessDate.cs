namespace Sitrep.Time;

/// <summary>
/// A month and day whose year is unknown: "March 6" in a story without a publication date. ARCHITECTURE.md keeps it
/// so another report of the same event can supply the year, instead of guessing one from the ingest date.
/// </summary>
public readonly record struct YearlessDate
{
    /// <summary>Creates a month-day; 29 February is allowed because some year has it.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    public YearlessDate(int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(2000, month));
        Month = month;
        Day = day;
    }

    /// <summary>The month, 1–12.</summary>
    public int Month { get; }

    /// <summary>The day of the month.</summary>
    public int Day { get; }

    /// <summary>True when the month-day exists in <paramref name="year"/> (29 February only in leap years).</summary>
    public bool ExistsIn(int year) => Day <= DateTime.DaysInMonth(year, Month);

    /// <summary>The date in <paramref name="year"/>; check <see cref="ExistsIn"/> first.</summary>
    public DateOnly InYear(int year) => new(year, Month, Day);

    /// <summary>ISO 8601's month-day form, <c>--MM-DD</c>.</summary>
    public override string ToString() => $"--{Month:00}-{Day:00}";
}