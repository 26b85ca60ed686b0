using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Sitrep.Server.Tests;

/// <summary>Issue 23: the API fails closed on hostile requests (control characters, over-long filters, foreign Host, floods).</summary>
[Collection(DemoStoreGroup.Name)]
public sealed class HostileRequestTests(DemoStoreFixture fixture)
{
    [Theory]
    [InlineData("/api/search?q=a%00b", "q")]
    [InlineData("/api/events?text=strike%00", "text")]
    [InlineData("/api/events?actor=%00", "actor")]
    [InlineData("/api/export.csv?actor=x%01y", "actor")]
    [InlineData("/api/events?country=E%00", "country")]
    public async Task A_control_character_in_a_filter_is_a_400_naming_the_field(string url, string field)
    {
        await using var app = await StartAsync(new ServerOptions { DatabasePath = fixture.DemoDb, Pipeline = TestStore.Pipeline.Value });
        using var response = await app.GetTestClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.Contains("control character", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/export.csv?text=", "text")]
    [InlineData("/api/export.jsonl?actor=", "actor")]
    [InlineData("/api/events?actor=", "actor")]
    public async Task An_over_long_filter_is_a_400_not_a_dropped_filter(string url, string field)
    {
        await using var app = await StartAsync(new ServerOptions { DatabasePath = fixture.DemoDb, Pipeline = TestStore.Pipeline.Value });
        using var response = await app.GetTestClient().GetAsync(url + new string('x', 201));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"{field} is longer than 200 characters.", problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_foreign_host_header_is_refused()
    {
        await using var app = await StartAsync(new ServerOptions { DatabasePath = fixture.DemoDb, Pipeline = TestStore.Pipeline.Value });
        var client = app.GetTestClient();
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        rebound.Headers.Host = "attacker.example";
        using var refused = await client.SendAsync(rebound);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("'attacker.example' is not one of them", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var local = await client.GetAsync("/api/events"); // TestServer sends Host: localhost
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task Configured_host_names_are_the_only_ones_served()
    {
        await using var app = await StartAsync(new ServerOptions { DatabasePath = fixture.DemoDb, Pipeline = TestStore.Pipeline.Value, AllowedHosts = ["sitrep.example.org"] });
        var client = app.GetTestClient();
        using var local = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.BadRequest, local.StatusCode);
        using var named = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        named.Headers.Host = "sitrep.example.org";
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(named)).StatusCode);
    }

    [Fact]
    public async Task Exports_cost_more_and_a_429_says_when_to_retry()
    {
        await using var app = await StartAsync(new ServerOptions { DatabasePath = fixture.DemoDb, Pipeline = TestStore.Pipeline.Value, PermitsPerMinute = 60 });
        var client = app.GetTestClient();
        using var export = await client.GetAsync("/api/export.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode); // 50 of the 60 units
        using var second = await client.GetAsync("/api/export.csv");
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.True(second.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"Retry-After: {second.Headers.RetryAfter}");
        using var cheap = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode); // cheap requests still fit in what is left
    }

    private static async Task<WebApplication> StartAsync(ServerOptions options)
    {
        var app = await SitrepServer.BuildAsync(options, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return app;
    }
}