using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ArticlesVerbTests
{
    [Fact]
    public async Task Search_ignores_accents_and_finds_the_report_naming_the_province()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var ingest = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, Path.Combine(SitrepProcess.SharedCorpus("dev"), "articles"));
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        foreach (var query in new[] { "Sucumbios", "Sucumbíos" })
        {
            var result = await SitrepProcess.RunAsync(temp.Path, "articles", "--db", db, "--search", query, "--json");
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(result.Stdout);
            var found = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal("000_75da227318166613", found.GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Since_filters_by_publication_date_and_the_table_lists_ids()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, Path.Combine(SitrepProcess.SharedCorpus("dev"), "articles"));

        var json = await SitrepProcess.RunAsync(temp.Path, "articles", "--db", db, "--since", "2026-03-01", "--json");
        using var doc = JsonDocument.Parse(json.Stdout);
        var only = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("2026-03-07", only.GetProperty("published").GetString());

        var table = await SitrepProcess.RunAsync(temp.Path, "articles", "--db", db);
        Assert.Contains("000_75da227318166613", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("002_56decd7c35e1df04", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_store_is_an_error_not_a_new_empty_file()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "articles", "--db", temp.File("typo.db"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("typo.db", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("typo.db")));
    }
}