using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Sitrep.Exports;

namespace Sitrep.Server.Tests;

/// <summary>The API through the ASP.NET Core test host (Microsoft.AspNetCore.Mvc.Testing's TestServer) over the demo store.</summary>
[Collection(DemoStoreGroup.Name)]
public sealed class ApiTests(DemoStoreFixture fixture) : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = await SitrepServer.BuildAsync(new ServerOptions { DatabasePath = fixture.DemoDb, Pipeline = TestStore.Pipeline.Value }, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Health_counts_the_demo_store()
    {
        using var health = await GetJsonAsync("/healthz");
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, health.RootElement.GetProperty("articles").GetInt32());
        Assert.True(health.RootElement.GetProperty("events").GetInt32() > 0);
    }

    [Fact]
    public async Task Events_are_paged_without_overlap_and_with_one_total()
    {
        using var first = await GetJsonAsync("/api/events?limit=2&offset=0&sort=date_asc");
        using var second = await GetJsonAsync("/api/events?limit=2&offset=2&sort=date_asc");
        var total = first.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 4, $"{total} events");
        Assert.Equal(total, second.RootElement.GetProperty("total").GetInt32());
        var ids = Ids(first).Concat(Ids(second)).ToList();
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("type=ASSAULT", "type", "ASSAULT")]
    [InlineData("type=assault", "type", "ASSAULT")]
    public async Task Type_filter_keeps_only_that_type(string filter, string property, string expected)
    {
        using var page = await GetJsonAsync("/api/events?" + filter);
        var events = page.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(expected, e.GetProperty(property).GetString()));
    }

    [Fact]
    public async Task Country_filter_keeps_only_events_placed_there()
    {
        using var page = await GetJsonAsync("/api/events?country=ec");
        var events = page.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("EC", e.GetProperty("place").GetProperty("country").GetString()));
    }

    [Fact]
    public async Task Filters_that_match_nothing_give_an_empty_page()
    {
        using var page = await GetJsonAsync("/api/events?since=2030-01-01");
        Assert.Equal(0, page.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("since=yesterday", "since")]
    [InlineData("until=2026-13-01", "until")]
    [InlineData("since=2026-03-07&until=2026-03-01", "until")]
    [InlineData("type=BOMBING", "type")]
    [InlineData("country=ECU", "country")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=100000", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("min_sources=two", "min_sources")]
    [InlineData("sort=random", "sort")]
    public async Task Bad_filters_are_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        using var response = await client.GetAsync("/api/events?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task Event_detail_has_provenance_mentions_with_evidence_and_revisions()
    {
        var id = await AssaultInEcuadorAsync();
        using var detail = await GetJsonAsync("/api/events/" + id);
        var root = detail.RootElement;
        Assert.Equal(id, root.GetProperty("id").GetString());
        Assert.NotEmpty(root.GetProperty("provenance").GetProperty("type").GetProperty("support").EnumerateArray());
        var mention = root.GetProperty("mentions")[0];
        Assert.False(string.IsNullOrEmpty(mention.GetProperty("evidence").GetString()));
        Assert.NotEmpty(mention.GetProperty("spans").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("revisions").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/events/ev_does_not_exist")]
    [InlineData("/api/articles/no_such_article")]
    [InlineData("/no/such/page")]
    public async Task Unknown_things_are_a_404_problem(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Article_has_its_text_layers_and_the_events_it_reports()
    {
        using var article = await GetJsonAsync("/api/articles/002_56decd7c35e1df04");
        var document = article.RootElement.GetProperty("document");
        var text = document.GetProperty("text").GetString()!;
        var place = document.GetProperty("layers").GetProperty("places")[0];
        Assert.Equal(place.GetProperty("text").GetString(), text[place.GetProperty("start").GetInt32()..place.GetProperty("end").GetInt32()]);
        var mentions = article.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.StartsWith("ev_", m.GetProperty("event_id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_finds_events_and_articles_accents_ignored()
    {
        using var found = await GetJsonAsync("/api/search?q=Sucumbios");
        Assert.NotEmpty(found.RootElement.GetProperty("articles").EnumerateArray());
    }

    [Fact]
    public async Task Search_without_words_is_a_400_problem()
    {
        using var response = await client.GetAsync("/api/search");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Actors_are_listed_most_events_first()
    {
        using var actors = await GetJsonAsync("/api/actors?limit=5");
        var counts = actors.RootElement.EnumerateArray().Select(a => a.GetProperty("events").GetInt32()).ToList();
        Assert.NotEmpty(counts);
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("jsonl", "application/jsonl")]
    [InlineData("geojson", "application/geo+json")]
    public async Task Exports_have_their_media_type(string format, string mediaType)
    {
        using var response = await client.GetAsync($"/api/export.{format}?country=EC");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Csv_export_reads_back_with_one_row_per_event()
    {
        using var page = await GetJsonAsync("/api/events?country=EC&limit=500");
        var csv = await client.GetStringAsync("/api/export.csv?country=EC");
        var rows = EventCsvWriter.Read(csv);
        Assert.Equal(page.RootElement.GetProperty("total").GetInt32(), rows.Count);
        Assert.All(rows, r => Assert.Equal(("Ecuador", 218), (r.Country, r.Iso)));
    }

    [Fact]
    public async Task Geojson_export_is_a_feature_collection()
    {
        using var geo = JsonDocument.Parse(await client.GetStringAsync("/api/export.geojson"));
        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        Assert.NotEmpty(geo.RootElement.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task Writes_are_refused_as_a_405_problem()
    {
        using var response = await client.PostAsync("/api/events", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Openapi_document_lists_the_endpoints()
    {
        using var openapi = await GetJsonAsync("/openapi/v1.json");
        var paths = openapi.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/events", out _));
        Assert.True(paths.TryGetProperty("/api/events/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/export.csv", out _));
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_without_inline_script()
    {
        using var response = await client.GetAsync("/");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_are_a_429_problem()
    {
        await using var limited = await SitrepServer.BuildAsync(new ServerOptions { DatabasePath = fixture.DemoDb, PermitsPerMinute = 2, Pipeline = TestStore.Pipeline.Value }, b => b.WebHost.UseTestServer());
        await limited.StartAsync();
        using var limitedClient = limited.GetTestClient();
        for (var i = 0; i < 2; i++)
        {
            using var ok = await limitedClient.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await limitedClient.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Loopback_is_told_apart_from_exposed_addresses()
    {
        Assert.True(SitrepServer.IsLoopbackOnly(["http://127.0.0.1:5080", "http://localhost:5081", "http://[::1]:5082"]));
        Assert.False(SitrepServer.IsLoopbackOnly(["http://0.0.0.0:5080"]));
        Assert.False(SitrepServer.IsLoopbackOnly(["http://*:5080"]));
    }

    private async Task<string> AssaultInEcuadorAsync()
    {
        using var page = await GetJsonAsync("/api/events?type=ASSAULT&country=EC&sort=sources");
        return Ids(page).First();
    }

    private static IEnumerable<string> Ids(JsonDocument page) =>
        page.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}