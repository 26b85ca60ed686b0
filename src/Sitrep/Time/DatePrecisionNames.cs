namespace Sitrep.Time;

/// <summary>The JSON names of <see cref="DatePrecision"/> values, fixed by ARCHITECTURE.md's document JSON.</summary>
public static class DatePrecisionNames
{
    /// <summary>The lower-case name written in the "precision" field ("day", "open-range", "month-day", …).</summary>
    public static string ToJsonName(this DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.DayRange => "day-range",
        DatePrecision.Week => "week",
        DatePrecision.PartOfMonth => "part-of-month",
        DatePrecision.Month => "month",
        DatePrecision.Season => "season",
        DatePrecision.Year => "year",
        DatePrecision.OpenRange => "open-range",
        DatePrecision.MonthDay => "month-day",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown precision."),
    };
}