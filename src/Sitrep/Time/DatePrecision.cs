namespace Sitrep.Time;

/// <summary>
/// How precisely a text fixes a date: the unit an interval was read in. "On Friday" is a day, "last week" a
/// week, "in 2023" a year; the interval alone cannot say this ("March 1–31" may be "in March" or a day range).
/// </summary>
public enum DatePrecision
{
    /// <summary>One calendar day ("on Friday", "March 6, 2026", "yesterday").</summary>
    Day,

    /// <summary>Several named days ("from 3 to 5 March", "overnight" = the night before publication).</summary>
    DayRange,

    /// <summary>A Monday–Sunday week, or its part up to publication ("last week", "this week").</summary>
    Week,

    /// <summary>A third of a month: early = days 1–10, mid = 11–20, late = 21 to the end ("early February").</summary>
    PartOfMonth,

    /// <summary>A calendar month ("in January", "last month", "March 2025").</summary>
    Month,

    /// <summary>A meteorological season of the northern hemisphere ("last fall" = 1 September – 30 November).</summary>
    Season,

    /// <summary>A calendar year ("in 2023", "last year").</summary>
    Year,

    /// <summary>From a start to the publication date ("since September", "since 2009").</summary>
    OpenRange,

    /// <summary>A month and day whose year the text does not give and no publication date supplies ("March 6").</summary>
    MonthDay,
}