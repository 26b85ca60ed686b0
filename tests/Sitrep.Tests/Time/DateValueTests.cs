using Sitrep.Time;

namespace Sitrep.Tests.Time;

public sealed class DateValueTests
{
    [Fact]
    public void Interval_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateInterval(new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 6), DatePrecision.DayRange));

    [Fact]
    public void Month_day_of_unknown_year_is_not_an_interval() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateInterval(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 6), DatePrecision.MonthDay));

    [Theory]
    [InlineData(2, 30)]
    [InlineData(4, 31)]
    [InlineData(13, 1)]
    [InlineData(0, 1)]
    public void Yearless_date_rejects_days_no_year_has(int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearlessDate(month, day));

    [Fact]
    public void February_29_exists_only_in_leap_years()
    {
        var leapDay = new YearlessDate(2, 29);

        Assert.True(leapDay.ExistsIn(2024));
        Assert.False(leapDay.ExistsIn(2025));
        Assert.Equal("--02-29", leapDay.ToString());
    }

    [Theory]
    [InlineData(2026, 2, 28)]
    [InlineData(2024, 2, 29)]
    [InlineData(2025, 12, 31)]
    public void Month_interval_covers_the_whole_month(int year, int month, int lastDay)
    {
        var interval = DateInterval.Month(year, month);

        Assert.Equal(new DateOnly(year, month, 1), interval.From);
        Assert.Equal(new DateOnly(year, month, lastDay), interval.To);
        Assert.Equal(DatePrecision.Month, interval.Precision);
    }
}