using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class IngestOutletTests
{
    [Fact]
    public async Task Outlet_names_the_source_of_plain_text_and_an_empty_one_is_refused()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var story = temp.File("story.txt");
        await File.WriteAllTextAsync(story, "date 2026-03-06\nSoldiers fired on protesters in Quito on Friday, killing two people.\n");

        var empty = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, "--outlet", " ", story);
        var ingest = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, "--no-analyze", "--outlet", "Voice of America", story);
        var articles = await SitrepProcess.RunAsync(temp.Path, "articles", "--db", db, "--json");

        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("--outlet: expected a name", empty.Stderr, StringComparison.Ordinal);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        using var json = JsonDocument.Parse(articles.Stdout);
        Assert.Equal("Voice of America", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task The_outlet_gives_the_csv_its_acled_source_scale_and_the_country_its_region()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var story = Path.Combine(SitrepProcess.RepoRoot, "samples", "002_56decd7c35e1df04.txt");

        var ingest = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, "--outlet", "Voice of America", story);
        var export = await SitrepProcess.RunAsync(temp.Path, "export", "--db", db, "--format", "csv", "--country", "EC");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(export.ExitCode == 0, export.ToString());
        using var csv = CsvHelper.CsvReader.FromText(export.Stdout, new CsvHelper.CsvReaderOptions { HasHeader = true });
        Assert.True(csv.Read(), export.Stdout);
        Assert.Equal(("Voice of America", "International"), (csv.GetStringOrNull("source"), csv.GetStringOrNull("source_scale")));
        Assert.Equal(("Ecuador", "South America", ""), (csv.GetStringOrNull("country"), csv.GetStringOrNull("region"), csv.GetStringOrNull("admin3")));
    }
}