using System.Globalization;

namespace Sitrep.Time;

/// <summary>
/// When a holiday falls in a given year, by one of the calendar's kinds of rule (data/time/holidays.tsv): a fixed
/// date, the nth or last weekday of a month (plus an offset: Black Friday), a day relative to Western Easter, or a
/// tabulated interval for lunar holidays (null in a year the table does not cover).
/// </summary>
internal abstract record HolidayRule
{
    public abstract DateInterval? In(int year);

    /// <summary>Parses the rule column: "fixed 12-25", "nth 3 Sunday 06", "nth 4 Thursday 11 +1", "last Monday 05", "easter -2", "table ramadan".</summary>
    public static HolidayRule Parse(string rule, IReadOnlyDictionary<string, List<DateInterval>> tables)
    {
        var f = rule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return f[0] switch
        {
            "fixed" => new Fixed(int.Parse(f[1][..2], CultureInfo.InvariantCulture), int.Parse(f[1][3..], CultureInfo.InvariantCulture)),
            "nth" => new NthWeekday(Int(f[1]), Enum.Parse<DayOfWeek>(f[2]), Int(f[3]), f.Length > 4 ? Int(f[4]) : 0),
            "last" => new LastWeekday(Enum.Parse<DayOfWeek>(f[1]), Int(f[2])),
            "easter" => new EasterOffset(Int(f[1])),
            "table" => new Tabulated(tables.TryGetValue(f[1], out var dates) ? dates : throw new InvalidDataException($"holidays.tsv: no table {f[1]}")),
            _ => throw new InvalidDataException($"holidays.tsv: unknown rule '{rule}'"),
        };
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    internal sealed record Fixed(int Month, int Day) : HolidayRule
    {
        public override DateInterval? In(int year) => DateInterval.Day(new DateOnly(year, Month, Day));
    }

    internal sealed record NthWeekday(int N, DayOfWeek Weekday, int Month, int Offset) : HolidayRule
    {
        public override DateInterval? In(int year) =>
            DateInterval.Day(CalendarArithmetic.OnOrAfter(new DateOnly(year, Month, 1), Weekday).AddDays((7 * (N - 1)) + Offset));
    }

    internal sealed record LastWeekday(DayOfWeek Weekday, int Month) : HolidayRule
    {
        public override DateInterval? In(int year) =>
            DateInterval.Day(CalendarArithmetic.OnOrBefore(new DateOnly(year, Month, DateTime.DaysInMonth(year, Month)), Weekday));
    }

    internal sealed record EasterOffset(int Offset) : HolidayRule
    {
        public override DateInterval? In(int year) => DateInterval.Day(WesternEaster(year).AddDays(Offset));

        // The anonymous Gregorian computus (Meeus, Astronomical Algorithms, ch. 8).
        public static DateOnly WesternEaster(int year)
        {
            var a = year % 19;
            var b = year / 100;
            var c = year % 100;
            var d = b / 4;
            var e = b % 4;
            var f = (b + 8) / 25;
            var g = (b - f + 1) / 3;
            var h = ((19 * a) + b - d - g + 15) % 30;
            var i = c / 4;
            var k = c % 4;
            var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
            var m = (a + (11 * h) + (22 * l)) / 451;
            var month = (h + l - (7 * m) + 114) / 31;
            var day = ((h + l - (7 * m) + 114) % 31) + 1;
            return new DateOnly(year, month, day);
        }
    }

    internal sealed record Tabulated(List<DateInterval> Dates) : HolidayRule
    {
        public override DateInterval? In(int year)
        {
            foreach (var d in Dates)
            {
                if (d.From.Year == year)
                {
                    return d;
                }
            }

            return null;
        }
    }
}