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
}