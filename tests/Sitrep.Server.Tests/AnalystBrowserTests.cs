using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>
/// Issue 22 in headless chromium over the demo store: the timeline zooms by brushing, the map zooms and pans with
/// approximate places drawn apart from exact ones, a bad filter is named beside its field while the page keeps
/// working, articles keep their paragraphs, revisions read as history, and a phone-width page does not overflow.
/// Screenshots go to artifacts/.
/// </summary>
[Collection(DemoStoreGroup.Name)]
public sealed class AnalystBrowserTests(DemoStoreFixture demo, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task Brushing_the_timeline_zooms_to_the_range_and_zoom_out_widens_it()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await OpenAsync(page, "#/");
        var timeline = page.Locator("svg.timeline");
        var first = await timeline.GetAttributeAsync("data-first");
        var last = await timeline.GetAttributeAsync("data-last");
        Assert.True(string.CompareOrdinal(first, last) < 0, $"{first} … {last}");

        // Drag across the right half of the chart, once: the page marks itself ready only after the brush is wired.
        var box = (await page.Locator("svg.timeline rect.brush").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.5f), box.Y + (box.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.75f), box.Y + (box.Height / 2), new MouseMoveOptions { Steps = 5 });
        await page.Mouse.MoveAsync(box.X + box.Width - 1, box.Y + (box.Height / 2), new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await PageUrl.WaitAsync(page, url => Query(url, "since") is not null && Query(url, "until") is not null, "since and until");
        await WaitReadyAsync(page);
        var since = Query(page.Url, "since");
        var until = Query(page.Url, "until");
        Assert.True(string.CompareOrdinal(since, first) > 0, $"brushed range starts at {since}, after {first}");
        var zoomedFirst = (await timeline.GetAttributeAsync("data-first"))!;
        Assert.True(string.CompareOrdinal(zoomedFirst, since) >= 0 && string.CompareOrdinal(await timeline.GetAttributeAsync("data-last"), until) <= 0);
        Assert.True(await page.Locator("svg.timeline rect[data-day]").CountAsync() > 0, "bars drawn in the zoomed range");
        var lastLabel = page.Locator("svg.timeline text.tick").Last;
        var labelBox = (await lastLabel.BoundingBoxAsync())!;
        var chart = (await timeline.BoundingBoxAsync())!;
        Assert.True(labelBox.X + labelBox.Width <= chart.X + chart.Width + 0.5, "the last date label is not clipped");
        await ScreenshotAsync(page, "timeline-zoomed");

        await page.Locator("#timeline-zoom-out").ClickAsync();
        await PageUrl.WaitAsync(page, url => Query(url, "since") is { } s && string.CompareOrdinal(s, since) < 0, $"since before {since}");
        await WaitReadyAsync(page);
        await page.Locator("#timeline-all").ClickAsync();
        await PageUrl.WaitAsync(page, url => Query(url, "since") is null, "no since");
        await WaitReadyAsync(page);
        Assert.Equal(first, await timeline.GetAttributeAsync("data-first"));
    }

    [Fact]
    public async Task The_map_zooms_and_pans_and_draws_approximate_places_apart_from_exact_ones()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await OpenAsync(page, "#/");
        var ecuador = page.Locator("svg.map path.country[data-country='Ecuador']");
        var before = (await ecuador.BoundingBoxAsync())!;
        var marks = page.Locator("svg.map circle.event");
        var precisions = await marks.EvaluateAllAsync<string[]>("marks => marks.map(m => m.dataset.precision)");
        Assert.All(precisions, p => Assert.Contains(p, new[] { "exact", "admin1", "country" }));
        Assert.Contains("country", precisions);
        var ring = page.Locator("svg.map circle.event.country").First;
        Assert.Equal("none", await ring.GetAttributeAsync("fill"));
        Assert.NotEqual("rgb(255, 255, 255)", await ring.EvaluateAsync<string>("m => getComputedStyle(m).stroke"));

        await page.Locator("#map-zoom-in").ClickAsync();
        await page.Locator("#map-zoom-in").ClickAsync();
        Assert.Equal("4", await page.Locator("svg.map").GetAttributeAsync("data-zoom"));
        var zoomed = (await ecuador.BoundingBoxAsync())!;
        Assert.InRange(zoomed.Width / before.Width, 3.5, 4.5);

        // Drag the map: Ecuador moves with the pointer.
        var map = (await page.Locator("svg.map").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(map.X + (map.Width / 2), map.Y + (map.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(map.X + (map.Width / 2) + 120, map.Y + (map.Height / 2) + 40, new MouseMoveOptions { Steps = 6 });
        await page.Mouse.UpAsync();
        var panned = (await ecuador.BoundingBoxAsync())!;
        Assert.InRange(panned.X - zoomed.X, 100, 140);

        // Reset, then the wheel over Ecuador zooms about the pointer: Ecuador stays under it.
        await page.Locator("#map-reset").ClickAsync();
        Assert.Equal("1", await page.Locator("svg.map").GetAttributeAsync("data-zoom"));
        var (cx, cy) = (before.X + (before.Width / 2), before.Y + (before.Height / 2));
        await page.Mouse.MoveAsync(cx, cy);
        for (var i = 0; i < 6; i++)
        {
            await page.Mouse.WheelAsync(0, -100);
        }

        await page.WaitForFunctionAsync("() => Number(document.querySelector('svg.map').dataset.zoom) > 3");
        var wheeled = (await ecuador.BoundingBoxAsync())!;
        Assert.InRange(cx, wheeled.X, wheeled.X + wheeled.Width);
        Assert.InRange(cy, wheeled.Y, wheeled.Y + wheeled.Height);
        await ScreenshotAsync(page, "map-zoomed");
    }

    [Fact]
    public async Task A_bad_filter_is_named_beside_its_field_and_the_page_keeps_working()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await OpenAsync(page, "#/?since=2025-13-01&type=ASSAULT");

        var message = await page.Locator("#error-since").TextContentAsync();
        Assert.Contains("since must be an ISO 8601 date or date-time: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm", message, StringComparison.Ordinal);
        Assert.Equal("true", await page.Locator("#filters input[name=since]").GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, await page.Locator("#error-type").CountAsync());
        Assert.True(await page.Locator("svg.map path.country").CountAsync() > 100, "the map is still drawn");
        Assert.DoesNotContain("validation errors occurred", await page.Locator("#view").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotAsync(page, "bad-filter");

        await page.Locator("#filters input[name=since]").FillAsync("2026-03-01");
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await PageUrl.WaitAsync(page, url => Query(url, "since") == "2026-03-01", "since=2026-03-01");
        await WaitReadyAsync(page);
        Assert.Equal(0, await page.Locator("#error-since").CountAsync());
        Assert.True(await page.Locator("table.events tbody tr").CountAsync() > 0);
    }

    [Fact]
    public async Task The_article_keeps_its_paragraphs_and_the_event_its_history_in_words()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        using var http = new HttpClient { BaseAddress = demo.DemoUrl };
        using var article = JsonDocument.Parse(await http.GetStringAsync("/api/articles/002_56decd7c35e1df04"));
        var text = article.RootElement.GetProperty("document").GetProperty("text").GetString()!;
        var expected = text.Split('\n').Count(line => line.Trim().Length > 0);

        await OpenAsync(page, "#/article/002_56decd7c35e1df04");
        var paragraphs = page.Locator("#article-text > p");
        Assert.True(expected > 5, $"{expected} paragraphs in the text");
        Assert.Equal(expected, await paragraphs.CountAsync());
        Assert.StartsWith("The operation targeted a training camp", await paragraphs.Nth(1).TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#article-text > p .ann.place").CountAsync() > 0, "highlights inside paragraphs");
        await ScreenshotAsync(page, "article-paragraphs");

        using var events = JsonDocument.Parse(await http.GetStringAsync("/api/events?limit=500&sort=sources"));
        var all = events.RootElement.GetProperty("events").EnumerateArray().ToList();
        var merged = all.First().GetProperty("id").GetString()!;
        var single = all.Last(e => e.GetProperty("sources").GetArrayLength() == 1).GetProperty("id").GetString()!;
        await OpenAsync(page, $"#/event/{merged}");
        var history = page.Locator("#revisions li");
        Assert.True(await history.CountAsync() > 1);
        var historyText = await page.Locator("#revisions").TextContentAsync();
        Assert.DoesNotContain("{\"", historyText, StringComparison.Ordinal);
        Assert.Contains("opened the event", historyText, StringComparison.Ordinal);
        Assert.Contains("Why these reports were merged", await page.Locator("#view").TextContentAsync(), StringComparison.Ordinal);
        await OpenAsync(page, $"#/event/{single}");
        Assert.DoesNotContain("Why these reports were merged", await page.Locator("#view").TextContentAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#/", "phone-events")]
    [InlineData("#/article/002_56decd7c35e1df04", "phone-article")]
    public async Task A_phone_width_page_does_not_overflow(string route, string screenshot)
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 760 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await OpenAsync(page, route);

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375, "no sideways scrolling");
        var search = (await page.Locator("header input[name=q]").BoundingBoxAsync())!;
        Assert.True(search.X >= 0 && search.X + search.Width <= 375, $"search box at {search.X}+{search.Width}");
        await ScreenshotAsync(page, screenshot);
    }

    private static string? Query(string url, string name) => PageUrl.Query(url, name);

    private async Task OpenAsync(IPage page, string route)
    {
        await page.GotoAsync(new Uri(demo.DemoUrl, "/" + route).ToString());
        await WaitReadyAsync(page);
    }

    private static Task WaitReadyAsync(IPage page) =>
        page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = Timeout, State = WaitForSelectorState.Attached });

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, $"{name}.png"), FullPage = true });
}