using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Sitrep.Server.Tests;

/// <summary>What issue 22 asked of the API: actors by q and limit, HEAD wherever GET, stemmed search, export flags.</summary>
[Collection(DemoStoreGroup.Name)]
public sealed class ApiQueryTests(DemoStoreFixture fixture) : IAsyncLifetime
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
    public async Task Actors_honour_q_and_limit()
    {
        using var all = await GetJsonAsync("/api/actors");
        using var one = await GetJsonAsync("/api/actors?limit=1");
        using var found = await GetJsonAsync("/api/actors?q=ECUADOR%20militar");

        Assert.True(all.RootElement.GetArrayLength() > 1);
        Assert.Equal(1, one.RootElement.GetArrayLength());
        var names = found.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains("ecuador", n!.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.True(names.Count < all.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/export.csv")]
    [InlineData("/api/export.geojson")]
    [InlineData("/api/events")]
    [InlineData("/healthz")]
    public async Task Head_is_answered_where_get_is(string path)
    {
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Search_finds_another_form_of_the_word()
    {
        using var found = await GetJsonAsync("/api/search?q=airstrike");

        Assert.NotEmpty(found.RootElement.GetProperty("events").EnumerateArray());
        Assert.NotEmpty(found.RootElement.GetProperty("articles").EnumerateArray());
    }

    [Fact]
    public async Task Export_flags_filter_and_a_bad_flag_names_itself()
    {
        var all = (await client.GetStringAsync("/api/export.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var dated = (await client.GetStringAsync("/api/export.csv?dated_only=true&acled_only=true")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var bad = await client.GetAsync("/api/export.csv?dated_only=yes");

        Assert.True(dated.Length < all.Length);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("dated_only must be true or false.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Openapi_declares_parameters_and_response_schemas()
    {
        using var doc = await GetJsonAsync("/openapi/v1.json");
        var events = doc.RootElement.GetProperty("paths").GetProperty("/api/events").GetProperty("get");
        var parameters = events.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        var actors = doc.RootElement.GetProperty("paths").GetProperty("/api/actors").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        var export = doc.RootElement.GetProperty("paths").GetProperty("/api/export.csv").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());

        Assert.Superset(new HashSet<string> { "since", "until", "type", "country", "actor", "text", "min_sources", "sort", "limit", "offset" }, parameters.Keys.ToHashSet());
        Assert.Equal("query", parameters["since"].GetProperty("in").GetString());
        Assert.Contains("date_desc", parameters["sort"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var schema = events.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(schema.GetProperty("properties").GetProperty("events").GetProperty("items").GetProperty("properties").TryGetProperty("independent_sources", out _));
        Assert.Equal(["q", "limit"], actors);
        Assert.Contains("acled_only", export);
        var article = doc.RootElement.GetProperty("paths").GetProperty("/api/articles/{id}").GetProperty("get").GetProperty("responses");
        Assert.All(new[] { "200", "404", "422", "503" }, status => Assert.True(article.TryGetProperty(status, out _), status));
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}