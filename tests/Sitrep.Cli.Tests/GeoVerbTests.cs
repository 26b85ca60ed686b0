using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class GeoVerbTests
{
    [Fact]
    public async Task Geo_json_resolves_an_unaccented_province_and_leaves_out_a_government()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "geo", "Washington said the strike hit the province of Sucumbios.", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var place = Assert.Single(json.RootElement.GetProperty("places").EnumerateArray());
        Assert.Equal("Sucumbios", place.GetProperty("text").GetString());
        Assert.Equal("EC", place.GetProperty("country").GetString());
        Assert.Equal("Sucumbíos", place.GetProperty("admin1").GetString());
    }

    [Fact]
    public async Task Geo_table_shows_a_sea_without_a_country()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "geo", "a strike on a vessel in the eastern Pacific Ocean");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("eastern Pacific", result.Stdout, StringComparison.Ordinal);
    }
}