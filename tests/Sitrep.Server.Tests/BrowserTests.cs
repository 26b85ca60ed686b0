using System.Text.Json;
using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>
/// The web UI in headless chromium over the demo store: list → event → article, the map, the sources side by side,
/// and a hostile article that must stay text. Each page is saved as a screenshot under artifacts/.
/// </summary>
[Collection(DemoStoreGroup.Name)]
public sealed class BrowserTests(DemoStoreFixture demo, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Timeout = 30_000;

    [Fact]
    public async Task List_event_and_article_pages_show_the_strike_its_sources_and_the_layers()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };

        // The list: counts, the map with country outlines, the timeline, the table.
        await OpenAsync(page, demo.DemoUrl, "#/");
        var total = await page.Locator("#total").TextContentAsync();
        Assert.Matches(@"^\d+ event\(s\)", total);
        Assert.True(await page.Locator("svg.map path.country").CountAsync() > 100, "country outlines drawn");
        Assert.True(await page.Locator("svg.timeline rect").CountAsync() > 0, "timeline bars drawn");
        await ScreenshotAsync(page, "events");

        // The strike of 6 March 2026, reported by both sample articles, is a point in Sucumbíos inside Ecuador's outline.
        var strike = await StrikeAsync();
        Assert.Equal(2, strike.Sources);
        var point = page.Locator($"svg.map circle.event[data-event-id='{strike.Id}']");
        Assert.Equal(1, await point.CountAsync());
        Assert.Equal("Sucumbíos", await point.GetAttributeAsync("data-admin1"));
        var pointBox = (await point.BoundingBoxAsync())!;
        var ecuador = (await page.Locator("svg.map path.country[data-country='Ecuador']").BoundingBoxAsync())!;
        var (x, y) = (pointBox.X + (pointBox.Width / 2), pointBox.Y + (pointBox.Height / 2));
        Assert.InRange(x, ecuador.X, ecuador.X + ecuador.Width);
        Assert.InRange(y, ecuador.Y, ecuador.Y + ecuador.Height);

        // List → event: every source side by side, each with its evidence highlighted.
        await page.Locator($"tr[data-event-id='{strike.Id}'] a.event-link").ClickAsync();
        await WaitReadyAsync(page, "event");
        var title = await page.Locator("#event-title").TextContentAsync();
        Assert.Contains("ASSAULT", title, StringComparison.Ordinal);
        Assert.Contains("2026-03-06", title, StringComparison.Ordinal);
        Assert.Contains("Sucumbíos", title, StringComparison.Ordinal);
        var columns = page.Locator("#sources section.source");
        Assert.Equal(strike.Sources, await columns.CountAsync());
        for (var i = 0; i < strike.Sources; i++)
        {
            var marks = columns.Nth(i).Locator("mark.evidence");
            Assert.True(await marks.CountAsync() > 0, $"source {i} has highlighted evidence");
            Assert.False(string.IsNullOrWhiteSpace(await marks.First.TextContentAsync()));
        }

        Assert.True(await page.Locator("#fields tr[data-field='place']").CountAsync() == 1);
        Assert.True(await page.Locator("#revisions li").CountAsync() > 0, "revision history shown");
        await ScreenshotAsync(page, "event");

        // Event → article: the text with entities, places, dates and events highlighted.
        var evidence = await columns.First.Locator("mark.evidence").First.TextContentAsync();
        await columns.First.Locator("a.article-link").ClickAsync();
        await WaitReadyAsync(page, "article");
        Assert.True(await page.Locator("#article-text .ann.entity").CountAsync() > 0, "entities highlighted");
        Assert.True(await page.Locator("#article-text .ann.place").CountAsync() > 0, "places highlighted");
        Assert.True(await page.Locator("#article-text .ann.time").CountAsync() > 0, "dates highlighted");
        Assert.True(await page.Locator("#article-text .ann.event").CountAsync() > 0, "events highlighted");
        Assert.Contains(evidence!, await page.Locator("#article-text").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotAsync(page, "article");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_keep_their_counts()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAsync(page, demo.DemoUrl, "#/");
        var all = await page.Locator("table.events tbody tr").CountAsync();
        await page.Locator("#filters select[name=type]").SelectOptionAsync("ASSAULT");
        await page.Locator("#filters input[name=country]").FillAsync("EC");
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await PageUrl.WaitAsync(page, url => PageUrl.Query(url, "type") == "ASSAULT", "type=ASSAULT");
        await WaitReadyAsync(page, "events");
        var rows = page.Locator("table.events tbody tr");
        var filtered = await rows.CountAsync();
        Assert.InRange(filtered, 1, all - 1);
        Assert.Equal($"{filtered} event(s)", await page.Locator("#total").TextContentAsync());
        Assert.Equal(filtered, await page.Locator("svg.map circle.event[data-type='ASSAULT']").CountAsync());
        await ScreenshotAsync(page, "events-filtered");
    }

    [Fact]
    public async Task A_hostile_article_is_shown_as_text_and_runs_nothing()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        using var http = new HttpClient { BaseAddress = demo.HostileUrl };
        using var page1 = JsonDocument.Parse(await http.GetStringAsync("/api/events?limit=500"));
        var articleId = page1.RootElement.GetProperty("events")[0].GetProperty("sources")[0].GetProperty("id").GetString()!;
        var eventId = page1.RootElement.GetProperty("events")[0].GetProperty("id").GetString()!;

        foreach (var route in new[] { "#/", $"#/event/{eventId}", $"#/article/{articleId}" })
        {
            await OpenAsync(page, demo.HostileUrl, route);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
            Assert.Equal(0, await page.Locator("#view img, #view script, #view b").CountAsync());
        }

        var text = await page.Locator("#article-text").TextContentAsync();
        Assert.Contains("<script>window.__pwned = 'script';</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=", text, StringComparison.Ordinal);
        await page.Locator("#article-text").HoverAsync();
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, dialogs);
        await ScreenshotAsync(page, "article-hostile");
    }

    private async Task<(string Id, int Sources)> StrikeAsync()
    {
        using var http = new HttpClient { BaseAddress = demo.DemoUrl };
        using var events = JsonDocument.Parse(await http.GetStringAsync("/api/events?type=ASSAULT&country=EC&sort=sources&limit=500"));
        var strike = events.RootElement.GetProperty("events").EnumerateArray()
            .First(e => e.GetProperty("place").GetProperty("admin1").GetString() == "Sucumbíos"
                && e.GetProperty("date").ValueKind == JsonValueKind.Object && e.GetProperty("date").GetProperty("from").GetString() == "2026-03-06");
        return (strike.GetProperty("id").GetString()!, strike.GetProperty("sources").GetArrayLength());
    }

    private static async Task OpenAsync(IPage page, Uri server, string route)
    {
        await page.GotoAsync(new Uri(server, "/" + route).ToString());
        await WaitReadyAsync(page, null);
    }

    private static async Task WaitReadyAsync(IPage page, string? view)
    {
        var selector = view is null ? "body[data-ready='true']" : $"body[data-ready='true'][data-view='{view}']";
        await page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { Timeout = Timeout, State = WaitForSelectorState.Attached });
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts, $"{name}.png"), FullPage = true });
}