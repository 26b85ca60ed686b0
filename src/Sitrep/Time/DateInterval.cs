namespace Sitrep.Time;

/// <summary>
/// A closed range of calendar days <c>[From, To]</c> with the precision the text gave it (NodaTime's
/// <c>DateInterval</c> plus a unit). "Last week" in a story of Saturday 7 March 2026 is 23 Feb – 1 Mar 2026, week.
/// </summary>
public readonly record struct DateInterval
{
    /// <summary>Creates an interval; <paramref name="to"/> must not be before <paramref name="from"/>.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    public DateInterval(DateOnly from, DateOnly to, DatePrecision precision)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"An interval cannot end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        if (precision == DatePrecision.MonthDay)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "A month-day without a year is a YearlessDate, not an interval.");
        }

        From = from;
        To = to;
        Precision = precision;
    }

    /// <summary>The first day, inclusive.</summary>
    public DateOnly From { get; }

    /// <summary>The last day, inclusive.</summary>
    public DateOnly To { get; }

    /// <summary>The unit the text expressed the interval in.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The number of days covered (1 for a single day).</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>One day.</summary>
    public static DateInterval Day(DateOnly day) => new(day, day, DatePrecision.Day);

    /// <summary>The whole calendar month of <paramref name="year"/>.</summary>
    public static DateInterval Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    /// <summary>The whole calendar year.</summary>
    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>True when <paramref name="day"/> lies inside the interval.</summary>
    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <inheritdoc/>
    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd} ({Precision.ToJsonName()})";
}