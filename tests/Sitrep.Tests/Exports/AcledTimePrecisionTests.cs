using Sitrep.Exports;
using Sitrep.Time;

namespace Sitrep.Tests.Exports;

public sealed class AcledTimePrecisionTests
{
    private static readonly DateOnly March3 = new(2026, 3, 3);

    [Fact]
    public void A_single_day_is_precision_1() =>
        Assert.Equal(1, AcledRows.TimePrecisionOf(DateInterval.Day(March3)));

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void A_span_within_a_week_is_precision_2(int days) =>
        Assert.Equal(2, AcledRows.TimePrecisionOf(new DateInterval(March3, March3.AddDays(days - 1), DatePrecision.Week)));

    [Theory]
    [InlineData(DatePrecision.DayRange)]
    [InlineData(DatePrecision.Day)]
    public void A_range_of_days_longer_than_a_week_is_precision_3_whatever_its_unit(DatePrecision unit)
    {
        // "between 3 and 20 March": both ends are days, the event is known only to within the month.
        var range = new DateInterval(March3, new DateOnly(2026, 3, 20), unit);
        Assert.Equal(3, AcledRows.TimePrecisionOf(range));
    }

    [Fact]
    public void A_short_range_of_named_days_is_precision_2() =>
        Assert.Equal(2, AcledRows.TimePrecisionOf(new DateInterval(March3, new DateOnly(2026, 3, 5), DatePrecision.DayRange)));

    [Fact]
    public void A_month_and_a_year_are_precision_3()
    {
        Assert.Equal(3, AcledRows.TimePrecisionOf(DateInterval.Month(2026, 3)));
        Assert.Equal(3, AcledRows.TimePrecisionOf(DateInterval.Year(2026)));
    }
}