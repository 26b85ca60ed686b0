using Sitrep.Pipeline;

namespace Sitrep.Tests.Watch;

/// <summary>A feed's schedule: the interval after a success, doubling per failure in a row, capped.</summary>
public sealed class WatchOptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 8, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(6, 320)]
    [InlineData(7, 360)] // 640 minutes is over the 6-hour cap
    [InlineData(1000, 360)]
    public void Failures_in_a_row_double_the_wait_up_to_the_cap(int failures, int minutes)
    {
        var options = new WatchOptions { Interval = TimeSpan.FromMinutes(5), MaxBackoff = TimeSpan.FromHours(6) };
        Assert.Equal(Now.AddMinutes(minutes), options.NextPoll(Now, failures));
    }

    [Fact]
    public void A_cap_below_the_interval_never_polls_sooner_than_the_interval()
    {
        var options = new WatchOptions { Interval = TimeSpan.FromHours(1), MaxBackoff = TimeSpan.FromMinutes(10) };
        Assert.Equal(Now.AddHours(1), options.NextPoll(Now, 3));
    }
}