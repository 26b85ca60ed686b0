using Sitrep.Time;

namespace Sitrep.Clustering;

/// <summary>Date agreement of two mentions: interval overlap widened by precision, year-less month-days by month and day.</summary>
internal static class DateFeature
{
    // An undated mention against a dated one: news reports the recent past, so a date in the week before publication
    // is plausible, a month before less so; nothing is known without a publication date.
    private const double UndatedRecent = 0.5;
    private const double UndatedMonth = 0.35;
    private const double UndatedOld = 0.15;
    private const double UndatedUnknown = 0.35;

    public static FeatureScore Score(MentionRecord a, MentionRecord b)
    {
        if (a.Date is { } da && b.Date is { } db)
        {
            return Intervals(da, db);
        }

        if (a.Date is { } d1 && b.Date is null && b.MonthDay is { } md1)
        {
            return WithMonthDay(d1, md1);
        }

        if (b.Date is { } d2 && a.Date is null && a.MonthDay is { } md2)
        {
            return WithMonthDay(d2, md2);
        }

        if (a.Date is null && b.Date is null && a.MonthDay is { } ma && b.MonthDay is { } mb)
        {
            var gap = Math.Abs(ma.InYear(2000).DayNumber - mb.InYear(2000).DayNumber);
            return gap == 0 ? new FeatureScore(0.9, "same month-day")
                : gap <= 1 ? new FeatureScore(0.6, "month-days a day apart")
                : FeatureScore.Veto($"month-days {ma}/{mb}");
        }

        if (a.Date is { } dated && b.Date is null)
        {
            return DatedAgainstUndated(dated, b.Published);
        }

        if (b.Date is { } dated2 && a.Date is null)
        {
            return DatedAgainstUndated(dated2, a.Published);
        }

        return UndatedPair(a.Published, b.Published);
    }

    private static FeatureScore Intervals(DateInterval a, DateInterval b)
    {
        if (DateWindow.Overlap(a, b))
        {
            if (a.Days == 1 && b.Days == 1)
            {
                return new FeatureScore(1.0, "same day");
            }

            // Overlapping intervals agree; the narrower the wider one, the more the overlap says.
            var ratio = (double)Math.Min(a.Days, b.Days) / Math.Max(a.Days, b.Days);
            return new FeatureScore(0.6 + (0.4 * ratio), "dates overlap");
        }

        return DateWindow.OverlapWidened(a, b)
            ? new FeatureScore(0.6, "dates a day apart")
            : FeatureScore.Veto($"dates {a.From:yyyy-MM-dd}/{b.From:yyyy-MM-dd} disjoint");
    }

    private static FeatureScore WithMonthDay(DateInterval date, YearlessDate monthDay)
    {
        if (DateWindow.YearFor(monthDay, date) is not { } year)
        {
            return FeatureScore.Veto($"month-day {monthDay} outside {date.From:yyyy-MM-dd}");
        }

        var score = Intervals(date, DateInterval.Day(monthDay.InYear(year)));
        return score with { Reason = score.Reason + " (month-day)" };
    }

    private static FeatureScore DatedAgainstUndated(DateInterval date, DateOnly? published)
    {
        if (published is not { } p)
        {
            return FeatureScore.Unknown("one undated");
        }

        // An article cannot report as past an incident dated after it was published (the other report's date is
        // read against its own publication day, so a day of slack covers time zones).
        if (date.From.DayNumber > p.DayNumber + 1)
        {
            return FeatureScore.Veto($"date {date.From:yyyy-MM-dd} after publication {p:yyyy-MM-dd}");
        }

        var age = p.DayNumber - date.To.DayNumber;
        return age <= 7 ? new FeatureScore(UndatedRecent, "undated, published within a week")
            : age <= 31 ? new FeatureScore(UndatedMonth, "undated, published within a month")
            : new FeatureScore(UndatedOld, "undated, published much later");
    }

    private static FeatureScore UndatedPair(DateOnly? a, DateOnly? b)
    {
        if (a is not { } pa || b is not { } pb)
        {
            return new FeatureScore(UndatedUnknown, "both undated");
        }

        var gap = Math.Abs(pa.DayNumber - pb.DayNumber);
        return gap <= 2 ? new FeatureScore(UndatedRecent, "undated, published together")
            : gap <= 31 ? new FeatureScore(UndatedMonth, "undated, published within a month")
            : new FeatureScore(UndatedOld, "undated, published far apart");
    }
}