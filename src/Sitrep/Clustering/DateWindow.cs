using Sitrep.Time;

namespace Sitrep.Clustering;

/// <summary>
/// How far a reported date may be from the true one. Outlets disagree by a day about the same incident (a strike late
/// on Thursday is "Friday" in a morning story, "overnight" crosses midnight, time zones differ), so a day is widened by
/// one day either side; vaguer units already span their own uncertainty and are widened less in proportion.
/// </summary>
internal static class DateWindow
{
    /// <summary>The days either side of an interval of <paramref name="precision"/> that still count as agreement.</summary>
    public static int Slack(DatePrecision precision) => precision switch
    {
        DatePrecision.Day or DatePrecision.DayRange or DatePrecision.Week => 1,
        DatePrecision.PartOfMonth => 2,
        _ => 0,
    };

    /// <summary><paramref name="date"/> widened by its slack.</summary>
    public static (DateOnly From, DateOnly To) Widen(DateInterval date)
    {
        var slack = Slack(date.Precision);
        return (date.From.AddDays(-slack), date.To.AddDays(slack));
    }

    /// <summary>True when the two intervals share a day.</summary>
    public static bool Overlap(DateInterval a, DateInterval b) => a.From <= b.To && b.From <= a.To;

    /// <summary>True when the two intervals, each widened by its slack, share a day.</summary>
    public static bool OverlapWidened(DateInterval a, DateInterval b)
    {
        var (af, at) = Widen(a);
        var (bf, bt) = Widen(b);
        return af <= bt && bf <= at;
    }

    /// <summary>
    /// The year that puts <paramref name="monthDay"/> inside (or nearest to) <paramref name="date"/>; null when the
    /// month-day is more than the slack away from the interval in every candidate year.
    /// </summary>
    public static int? YearFor(YearlessDate monthDay, DateInterval date)
    {
        var slack = Slack(date.Precision);
        int? best = null;
        var bestGap = int.MaxValue;
        for (var year = date.From.Year - 1; year <= date.To.Year + 1; year++)
        {
            if (year is < 1 or > 9999 || !monthDay.ExistsIn(year))
            {
                continue;
            }

            var day = monthDay.InYear(year);
            var gap = day < date.From ? date.From.DayNumber - day.DayNumber : day > date.To ? day.DayNumber - date.To.DayNumber : 0;
            if (gap <= slack && gap < bestGap)
            {
                best = year;
                bestGap = gap;
            }
        }

        return best;
    }
}