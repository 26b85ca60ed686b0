namespace Sitrep.Time;

/// <summary>
/// The calendar rules relative expressions resolve by. Weeks run Monday–Sunday (ISO 8601), which is also the
/// convention of the dev-voa gold ("last week" = the Monday–Sunday week before the publication week).
/// </summary>
internal static class CalendarArithmetic
{
    /// <summary>The Monday of the ISO week containing <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The most recent <paramref name="weekday"/> on or before <paramref name="day"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly day, DayOfWeek weekday) =>
        day.AddDays(-((((int)day.DayOfWeek - (int)weekday) % 7 + 7) % 7));

    /// <summary>The most recent <paramref name="weekday"/> strictly before <paramref name="day"/>.</summary>
    public static DateOnly Before(DateOnly day, DayOfWeek weekday) => OnOrBefore(day.AddDays(-1), weekday);

    /// <summary>The first <paramref name="weekday"/> on or after <paramref name="day"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly day, DayOfWeek weekday) =>
        day.AddDays((((int)weekday - (int)day.DayOfWeek) % 7 + 7) % 7);

    /// <summary>The first <paramref name="weekday"/> strictly after <paramref name="day"/>.</summary>
    public static DateOnly After(DateOnly day, DayOfWeek weekday) => OnOrAfter(day.AddDays(1), weekday);

    /// <summary>The Monday–Sunday week containing <paramref name="day"/>.</summary>
    public static DateInterval WeekOf(DateOnly day)
    {
        var monday = MondayOf(day);
        return new DateInterval(monday, monday.AddDays(6), DatePrecision.Week);
    }

    /// <summary>The year a month belongs to when the text names it without one: the most recent such month not after publication.</summary>
    public static int YearOfMostRecentMonth(int month, DateOnly published) =>
        month <= published.Month ? published.Year : published.Year - 1;

    /// <summary>
    /// The year of a day-and-month without a year: the one that puts it within ten months before and two months after
    /// publication. News reports past events and announces near ones; "Dec. 28" in a story of 5 January is last year's.
    /// </summary>
    public static DateOnly? NearestOccurrence(YearlessDate monthDay, DateOnly published)
    {
        for (var year = published.Year + 1; year >= published.Year - 1; year--)
        {
            if (!monthDay.ExistsIn(year))
            {
                continue;
            }

            var candidate = monthDay.InYear(year);
            var offset = candidate.DayNumber - published.DayNumber;
            if (offset <= 61 && offset > -305)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The meteorological season starting in <paramref name="startMonth"/> of <paramref name="startYear"/> (winter runs into the next year).</summary>
    public static DateInterval Season(int startYear, int startMonth)
    {
        var from = new DateOnly(startYear, startMonth, 1);
        var to = from.AddMonths(3).AddDays(-1);
        return new DateInterval(from, to, DatePrecision.Season);
    }

    /// <summary>A third of a month: early = 1–10, mid = 11–20, late = 21 to the end.</summary>
    public static DateInterval PartOfMonth(int year, int month, char part)
    {
        var last = DateTime.DaysInMonth(year, month);
        var (from, to) = part switch
        {
            'e' => (1, 10),
            'm' => (11, 20),
            _ => (21, last),
        };
        return new DateInterval(new DateOnly(year, month, from), new DateOnly(year, month, to), DatePrecision.PartOfMonth);
    }

    /// <summary>
    /// An open range from <paramref name="anchor"/>'s start to publication ("since September"); null when the anchor
    /// starts after publication, which a "since" cannot.
    /// </summary>
    public static DateInterval? SinceUntil(DateInterval anchor, DateOnly published) =>
        anchor.From <= published ? new DateInterval(anchor.From, published, DatePrecision.OpenRange) : null;
}