using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Sitrep.Server.Tests;

/// <summary>The API's since and until in every ISO 8601 form the CLI takes, date-times with offsets included.</summary>
[Collection(DemoStoreGroup.Name)]
public sealed class ApiDateFilterTests(DemoStoreFixture fixture) : IAsyncLifetime
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

    [Theory]
    [InlineData("since=2026-03-06T23:30:00-05:00&until=2026-03-06T00:00:00Z")]
    [InlineData("since=2026-03-06T14:30Z&until=2026-03-06T14:30:00.5%2B02:00")]
    public async Task A_date_time_filters_by_the_day_written_in_it(string query)
    {
        var byDay = await IdsAsync("since=2026-03-06&until=2026-03-06");
        Assert.NotEmpty(byDay);
        Assert.Equal(byDay, await IdsAsync(query));
    }

    [Fact]
    public async Task A_year_or_month_since_takes_its_first_day_and_until_its_last() =>
        Assert.Equal(await IdsAsync("since=2026-01-01&until=2026-12-31"), await IdsAsync("since=2026&until=2026"));

    [Theory]
    [InlineData("since=2026-03-06T25:00Z", "since")]
    [InlineData("until=2026-03-06 14:30", "until")]
    [InlineData("until=06/03/2026", "until")]
    [InlineData("since=2026-03-06T14:30%2B99:00", "since")]
    public async Task A_bad_date_is_a_400_naming_the_parameter_and_the_expected_shape(string query, string parameter)
    {
        using var response = await client.GetAsync("/api/events?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.StartsWith(parameter + " must be an ISO 8601 date or date-time", message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DDThh:mm", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026", true)]
    [InlineData("2026-03", true)]
    [InlineData("2026-03-06T14:30:05.5+02:00", true)]
    [InlineData("2026-03-06T14:30Z", true)]
    [InlineData("06/03/2026", false)]
    [InlineData("2026-03-06 14:30", false)]
    public async Task Openapi_states_the_shapes_since_and_until_take(string value, bool accepted)
    {
        using var response = await client.GetAsync("/openapi/v1.json");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var parameters = doc.RootElement.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray();
        foreach (var name in new[] { "since", "until" })
        {
            var pattern = parameters.Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema").GetProperty("pattern").GetString()!;
            Assert.Equal(accepted, System.Text.RegularExpressions.Regex.IsMatch(value, pattern));
        }
    }

    private async Task<List<string>> IdsAsync(string query)
    {
        using var response = await client.GetAsync("/api/events?limit=500&sort=date_asc&" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. page.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }
}