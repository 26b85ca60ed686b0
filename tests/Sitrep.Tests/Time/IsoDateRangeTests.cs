using Sitrep.Time;

namespace Sitrep.Tests.Time;

public sealed class IsoDateRangeTests
{
    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData(" 2026-03-06 ", "2026-03-06", "2026-03-06")]
    public void Calendar_forms_are_ranges_of_days(string text, string first, string last)
    {
        Assert.True(IsoDateRange.TryParse(text, out var from, out var to));
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (from, to));
    }

    [Theory]
    [InlineData("2026-03-06T14:30")]
    [InlineData("2026-03-06T14:30:05")]
    [InlineData("2026-03-06T14:30:05.123Z")]
    [InlineData("2026-03-06T00:00:00+14:00")]
    [InlineData("2026-03-06T23:30:00-05:00")]
    public void A_date_time_stands_for_the_day_written_in_it_whatever_its_offset(string text)
    {
        Assert.True(IsoDateRange.TryParse(text, out var from, out var to));
        Assert.Equal((new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 6)), (from, to));
    }

    [Theory]
    [InlineData("12/03/2025")]
    [InlineData("2025-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("2026-03-06 14:30")]
    [InlineData("2026-03-06T25:00Z")]
    [InlineData("2026-03-06T14:30+25:00")]
    [InlineData("2026-03-06T14")]
    [InlineData("2026-03-06Tnoon")]
    [InlineData("20260306")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused_not_guessed(string? text) => Assert.False(IsoDateRange.TryParse(text, out _, out _));
}