using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Time;
using static Sitrep.Tests.Clustering.TestMentions;

namespace Sitrep.Tests.Clustering;

public sealed class BlockingKeysTests
{
    [Fact]
    public void A_dated_placed_mention_keys_family_month_country_day_and_actors()
    {
        var keys = BlockingKeys.For(Mention("a", date: Day(2026, 3, 6), place: LagoAgrio, actors: [EcuadorMilitary]));

        Assert.Equal(["t:mconf|m:2026-03|c:EC", "t:mconf|d:03-06|c:EC", "a:ec-mil|m:2026-03"], keys);
    }

    [Theory]
    [InlineData(PloverType.Assault, "mconf")]
    [InlineData(PloverType.Coerce, "mconf")]
    [InlineData(PloverType.Accuse, "vconf")]
    [InlineData(PloverType.Consult, "vcoop")]
    [InlineData(PloverType.Aid, "mcoop")]
    public void Types_of_one_family_share_keys(PloverType type, string family) =>
        Assert.Contains($"t:{family}|m:2026-03|c:EC", BlockingKeys.For(Mention("a", type: type, date: Day(2026, 3, 6), place: Quito)));

    [Theory]
    [InlineData("2026-03-31", "day", "2026-03,2026-04")]
    [InlineData("2026-03-01", "day", "2026-02,2026-03")]
    [InlineData("2026-03-15", "day", "2026-03")]
    [InlineData("2026-02-23", "week", "2026-02,2026-03")]
    [InlineData("2026-03-01", "month", "2026-03")]
    [InlineData("2025-01-01", "year", "2025-01,2025-02,2025-03,2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12")]
    [InlineData("2009-09-01", "open", "2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12,2026-01,2026-02,2026-03")]
    public void Months_are_widened_by_precision_and_capped_at_the_latest_twelve(string from, string unit, string months)
    {
        var start = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var date = unit switch
        {
            "day" => DateInterval.Day(start),
            "week" => new DateInterval(start, start.AddDays(6), DatePrecision.Week),
            "month" => DateInterval.Month(start.Year, start.Month),
            "year" => DateInterval.Year(start.Year),
            _ => new DateInterval(start, new DateOnly(2026, 3, 7), DatePrecision.OpenRange),
        };

        var keys = BlockingKeys.For(Mention("a", date: date, place: Quito));

        Assert.Equal(months.Split(',').Select(m => $"t:mconf|m:{m}|c:EC"), keys.Where(k => k.StartsWith("t:mconf|m:", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_undated_mention_keys_its_publication_month_and_the_month_before()
    {
        var keys = BlockingKeys.For(Mention("a", place: Quito, published: new DateOnly(2026, 1, 10)));

        Assert.Equal(["t:mconf|m:2025-12|c:EC", "t:mconf|m:2026-01|c:EC"], keys);
    }

    [Fact]
    public void Without_a_place_the_participants_countries_stand_in()
    {
        var keys = BlockingKeys.For(Mention("a", date: DateInterval.Month(2026, 3), actors: [UsMilitary, EcuadorMilitary]));

        Assert.Contains("t:mconf|m:2026-03|c:EC", keys);
        Assert.Contains("t:mconf|m:2026-03|c:US", keys);
    }

    [Fact]
    public void A_yearless_month_day_meets_dated_reports_of_that_day()
    {
        var dated = BlockingKeys.For(Mention("a", date: Day(2026, 3, 6), place: Quito));
        var yearless = BlockingKeys.For(Mention("b", monthDay: new YearlessDate(3, 6), place: Quito, unpublished: true));

        Assert.Contains("t:mconf|d:03-06|c:EC", yearless);
        Assert.NotEmpty(dated.Intersect(yearless));
    }

    [Fact]
    public void An_undatable_mention_and_a_dated_one_find_each_other_through_probe_and_index_keys()
    {
        var dated = Mention("a", date: Day(2026, 3, 6), place: Sucumbios);
        var undatable = Mention("b", place: LagoAgrio, unpublished: true);

        Assert.Equal(["u:mconf|c:EC"], BlockingKeys.For(undatable));
        Assert.Empty(BlockingKeys.For(dated).Intersect(BlockingKeys.For(undatable)));
        Assert.NotEmpty(BlockingKeys.ProbeKeys(undatable).Intersect(BlockingKeys.IndexKeys(dated)));
        Assert.NotEmpty(BlockingKeys.ProbeKeys(dated).Intersect(BlockingKeys.IndexKeys(undatable)));
    }

    [Fact]
    public void Dated_mentions_never_probe_the_store_wide_family_country_key()
    {
        var dated = Mention("a", date: Day(2026, 3, 6), place: Sucumbios);
        var otherYear = Mention("b", date: Day(2024, 7, 1), place: Sucumbios);

        Assert.Empty(BlockingKeys.ProbeKeys(dated).Intersect(BlockingKeys.IndexKeys(otherYear)));
    }

    [Fact]
    public void Keys_are_distinct()
    {
        var keys = BlockingKeys.For(Mention("a", date: Day(2026, 3, 6), actors: [EcuadorMilitary, EcuadorMilitary], recipients: [EcuadorMilitary]));

        Assert.Equal(keys.Distinct().Count(), keys.Count);
    }
}