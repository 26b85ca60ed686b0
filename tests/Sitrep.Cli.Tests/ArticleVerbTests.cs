using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ArticleVerbTests
{
    [Fact]
    public async Task Article_shows_metadata_and_body_and_reports_unknown_ids()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, Path.Combine(SitrepProcess.SharedCorpus("dev"), "articles"));

        var result = await SitrepProcess.RunAsync(temp.Path, "article", "002_56decd7c35e1df04", "--db", db, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("2026-03-07", json.RootElement.GetProperty("published").GetString());
        Assert.StartsWith("American and Ecuadorian forces", json.RootElement.GetProperty("body").GetString(), StringComparison.Ordinal);

        var missing = await SitrepProcess.RunAsync(temp.Path, "article", "nope", "--db", db);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nope", missing.Stderr, StringComparison.Ordinal);
    }
}