namespace Sitrep.Time;

/// <summary>What one rule read from one match: the precision, and the interval or month-day when known.</summary>
internal readonly record struct TimeReading(DatePrecision Precision, DateInterval? Interval, YearlessDate? MonthDay = null)
{
    public static TimeReading Of(DateInterval interval) => new(interval.Precision, interval);

    public static TimeReading Unresolved(DatePrecision precision) => new(precision, null);
}