using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ExportVerbTests(DemoStoreForVerbs demo) : IClassFixture<DemoStoreForVerbs>
{
    [Fact]
    public async Task Csv_goes_to_standard_output_with_acled_columns()
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", demo.Db, "--format", "csv", "--country", "EC");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",218,South America,Ecuador,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_lines_with_a_type_filter_hold_only_that_type()
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", demo.Db, "--format", "jsonl", "--type", "ASSAULT");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l =>
        {
            using var record = JsonDocument.Parse(l);
            Assert.Equal("ASSAULT", record.RootElement.GetProperty("event").GetString());
            Assert.NotEmpty(record.RootElement.GetProperty("cite_info").EnumerateArray());
        });
    }

    [Fact]
    public async Task Geojson_goes_to_the_output_file()
    {
        var file = Path.Combine(demo.Folder, "events.geojson");
        var result = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", demo.Db, "--format", "geojson", "-o", file);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var geo = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        Assert.NotEmpty(geo.RootElement.GetProperty("features").EnumerateArray());
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--format", "csv", "--type", "BOMBING")]
    [InlineData("--country", "EC")]
    public async Task Bad_arguments_are_a_usage_error(params string[] args)
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, ["export", "--db", demo.Db, .. args]);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task A_missing_store_is_named_and_not_created()
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, "export", "--db", "nope.db", "--format", "csv");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.db", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(demo.Folder, "nope.db")));
    }
}