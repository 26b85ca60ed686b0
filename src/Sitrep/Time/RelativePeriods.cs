namespace Sitrep.Time;

/// <summary>
/// Weeks, months, years and seasons relative to publication. "Last week" is the Monday–Sunday week before the
/// publication week; "this week"/"earlier this week" and "this month"/"earlier this month" run from the period's start
/// to publication (dev-voa gold conventions); "later this week" runs from publication to the period's end.
/// </summary>
internal static class RelativePeriods
{
    /// <param name="precision">Week, Month or Year (DayRange for a weekend).</param>
    /// <param name="weekend">True for "last weekend"/"this weekend" (Saturday–Sunday).</param>
    /// <param name="direction">-1 previous, 0 current up to publication, 1 next, 2 current from publication.</param>
    /// <param name="pub">The publication date.</param>
    public static DateInterval Resolve(DatePrecision precision, bool weekend, int direction, DateOnly pub)
    {
        if (weekend)
        {
            // "Last weekend": the latest Saturday–Sunday that ended before publication; "this weekend": the one of the
            // publication week; "next weekend": the one after it.
            var sunday = direction switch
            {
                -1 => CalendarArithmetic.Before(pub, DayOfWeek.Sunday),
                1 => CalendarArithmetic.OnOrAfter(pub, DayOfWeek.Sunday).AddDays(7),
                _ => CalendarArithmetic.OnOrAfter(pub, DayOfWeek.Sunday),
            };
            return new DateInterval(sunday.AddDays(-1), sunday, DatePrecision.DayRange);
        }

        var (start, end) = precision switch
        {
            DatePrecision.Week => (CalendarArithmetic.MondayOf(pub), CalendarArithmetic.MondayOf(pub).AddDays(6)),
            DatePrecision.Month => (new DateOnly(pub.Year, pub.Month, 1), new DateOnly(pub.Year, pub.Month, DateTime.DaysInMonth(pub.Year, pub.Month))),
            _ => (new DateOnly(pub.Year, 1, 1), new DateOnly(pub.Year, 12, 31)),
        };
        return direction switch
        {
            -1 => new DateInterval(Shift(start, precision, -1), start.AddDays(-1), precision),
            1 => new DateInterval(end.AddDays(1), Shift(end.AddDays(1), precision, 1).AddDays(-1), precision),
            2 => new DateInterval(pub, end, precision),
            _ => new DateInterval(start, pub, precision),
        };
    }

    /// <summary>
    /// A season relative to publication: 'l'/'p' last = the latest that ended before publication; 't' this = the one
    /// containing publication or, if none, of the publication year; 'n' next = the first starting after publication;
    /// 'i' ("in the fall") = the latest that has started by publication.
    /// </summary>
    public static DateInterval Season(int startMonth, char which, DateOnly pub)
    {
        var latestStarted = CalendarArithmetic.Season(pub.Month >= startMonth ? pub.Year : pub.Year - 1, startMonth);
        return which switch
        {
            'l' or 'p' => latestStarted.To < pub ? latestStarted : CalendarArithmetic.Season(latestStarted.From.Year - 1, startMonth),
            'n' => CalendarArithmetic.Season(latestStarted.From.Year + 1, startMonth),
            't' => latestStarted.Contains(pub) ? latestStarted : CalendarArithmetic.Season(startMonth == 12 && pub.Month <= 2 ? pub.Year - 1 : pub.Year, startMonth),
            _ => latestStarted,
        };
    }

    private static DateOnly Shift(DateOnly start, DatePrecision precision, int by) => precision switch
    {
        DatePrecision.Week => start.AddDays(7 * by),
        DatePrecision.Month => start.AddMonths(by),
        _ => start.AddYears(by),
    };
}