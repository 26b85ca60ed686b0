using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public sealed class HolidayTests
{
    private static readonly TimeExpressionStage Stage = new();

    private static TimeExpression? Find(string published, string text)
    {
        var document = new Document("t", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Stage.Process(document);
        return document.Get<TimeLayer>().Expressions.SingleOrDefault();
    }

    [Theory]
    // fixed date
    [InlineData("2025-12-26", "A man was shot on Christmas Eve.", "2025-12-24")]
    [InlineData("2026-01-02", "The fire started on New Year's Day.", "2026-01-01")]
    [InlineData("2026-01-03", "Two men were arrested on Christmas Day.", "2025-12-25")]
    // nth weekday of a month
    [InlineData("2025-06-16", "A boy was shot on Father's Day.", "2025-06-15")]
    [InlineData("2025-06-16", "A boy was shot on Father’s Day.", "2025-06-15")]
    [InlineData("2024-11-30", "The crash happened on Thanksgiving.", "2024-11-28")]
    [InlineData("2024-11-30", "Shoppers were robbed on Black Friday.", "2024-11-29")]
    // last weekday of a month
    [InlineData("2025-05-27", "Three people were shot on Memorial Day.", "2025-05-26")]
    // Easter-relative
    [InlineData("2019-04-22", "Bombs struck churches on Easter Sunday.", "2019-04-21")]
    [InlineData("2024-04-01", "The attack came on Good Friday.", "2024-03-29")]
    // tabulated lunar holidays
    [InlineData("2024-04-11", "A bomb exploded on Eid al-Fitr.", "2024-04-10")]
    [InlineData("2023-06-30", "Gunmen attacked worshippers on Eid al-Adha.", "2023-06-28")]
    // an explicit year
    [InlineData("2026-03-01", "The suspect had been at large since before Thanksgiving 2019.", "2019-11-28")]
    public void Resolves_holiday_against_publication(string published, string text, string day)
    {
        var expression = Find(published, text);

        Assert.NotNull(expression);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), expression.Interval!.Value.From);
    }

    [Fact]
    public void Ramadan_is_the_tabulated_month()
    {
        var expression = Find("2024-03-20", "Attacks rose during Ramadan.");

        Assert.Equal(new DateOnly(2024, 3, 11), expression!.Interval!.Value.From);
        Assert.Equal(new DateOnly(2024, 4, 9), expression.Interval!.Value.To);
    }

    [Fact]
    public void A_lunar_holiday_outside_the_table_stays_unresolved()
    {
        var expression = Find("2031-01-20", "A bomb exploded on Eid al-Fitr.");

        Assert.NotNull(expression);
        Assert.Null(expression.Interval);
    }

    [Theory]
    [InlineData("Christmas markets opened across the city.")]
    [InlineData("The Easter Rising is commemorated every year.")]
    [InlineData("Thanksgiving travel is expected to break records.")]
    public void A_name_that_is_also_a_modifier_needs_a_cue(string text) =>
        Assert.Null(Find("2025-12-20", text));

    [Fact]
    public void Last_takes_the_previous_occurrence()
    {
        var expression = Find("2025-12-20", "He was robbed last Christmas.");

        Assert.Equal(new DateOnly(2024, 12, 25), expression!.Interval!.Value.From);
    }

    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2000, 4, 23)]
    public void Computes_western_easter(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), HolidayRule.EasterOffset.WesternEaster(year));
}