using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>The browser tests' wait for a hash route (<see cref="PageUrl"/>), on a blank page.</summary>
public sealed class PageUrlTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_hash_change_made_while_waiting_ends_the_wait()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("about:blank");
        await page.EvaluateAsync("() => setTimeout(() => { location.hash = '#/?since=2026-01-01'; }, 200)");

        await PageUrl.WaitAsync(page, url => PageUrl.Query(url, "since") == "2026-01-01", "since=2026-01-01");

        Assert.EndsWith("#/?since=2026-01-01", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hash_change_made_before_the_wait_is_not_missed()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("about:blank");
        await page.EvaluateAsync("() => { location.hash = '#/?type=ASSAULT'; }");

        await PageUrl.WaitAsync(page, url => PageUrl.Query(url, "type") == "ASSAULT", "type=ASSAULT", timeoutMs: 5_000);
    }

    [Fact]
    public async Task A_route_that_never_comes_times_out_naming_the_URL()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("about:blank");
        await page.EvaluateAsync("() => { location.hash = '#/?since=2026-01-01'; }");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => PageUrl.WaitAsync(page, url => PageUrl.Query(url, "until") is not null, "until", timeoutMs: 300));

        Assert.Contains("#/?since=2026-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected until", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/#/?since=2026-03-01&until=2026-03-08", "until", "2026-03-08")]
    [InlineData("http://127.0.0.1:5080/#/?text=air%20strike", "text", "air strike")]
    [InlineData("http://127.0.0.1:5080/#/", "since", null)]
    [InlineData("http://127.0.0.1:5080/#/event/e1", "since", null)]
    public void Query_reads_a_parameter_of_the_hash_route(string url, string name, string? expected) =>
        Assert.Equal(expected, PageUrl.Query(url, name));
}