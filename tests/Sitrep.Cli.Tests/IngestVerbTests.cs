using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class IngestVerbTests
{
    [Fact]
    public async Task Ingest_stores_every_article_and_a_second_run_adds_nothing()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var dev = Path.Combine(SitrepProcess.SharedCorpus("dev"), "articles");
        var raw = Path.Combine(SitrepProcess.SharedCorpus("raw-voa"), "articles");
        var rawCount = Directory.GetFiles(raw).Length;

        var first = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, "--json", dev, raw);
        Assert.True(first.ExitCode == 0, first.ToString());
        using (var json = JsonDocument.Parse(first.Stdout))
        {
            Assert.Equal(2 + rawCount, json.RootElement.GetProperty("read").GetInt32());
            Assert.Equal(2 + rawCount, json.RootElement.GetProperty("new").GetInt32() + json.RootElement.GetProperty("syndicated").GetInt32());
            Assert.Equal(0, json.RootElement.GetProperty("failed").GetInt32());
        }

        var second = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, "--json", dev, raw);
        Assert.True(second.ExitCode == 0, second.ToString());
        using (var json = JsonDocument.Parse(second.Stdout))
        {
            Assert.Equal(0, json.RootElement.GetProperty("new").GetInt32());
            Assert.Equal(0, json.RootElement.GetProperty("syndicated").GetInt32());
            Assert.Equal(2 + rawCount, json.RootElement.GetProperty("duplicate").GetInt32());
        }
    }

    [Fact]
    public async Task Ingest_names_each_failed_input_and_exits_1_while_keeping_the_good_ones()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("good.txt"), "date 2026-03-07\nTroops arrived in the capital on Friday, officials said.");
        File.WriteAllBytes(temp.File("empty.txt"), []);
        var db = temp.File("s.db");

        var result = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, temp.File("good.txt"), temp.File("empty.txt"), temp.File("missing.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing.txt", result.Stderr, StringComparison.Ordinal);
        var list = await SitrepProcess.RunAsync(temp.Path, "articles", "--db", db, "--json");
        using var json = JsonDocument.Parse(list.Stdout);
        Assert.Equal("good", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Usage_errors_exit_2_and_point_to_help()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "ingest");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);

        var unknown = await SitrepProcess.RunAsync(temp.Path, "frobnicate");
        Assert.Equal(2, unknown.ExitCode);
    }

    [Fact]
    public async Task Help_teaches_with_examples()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "ingest", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--db", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_db_that_is_not_a_store_is_named_and_left_untouched()
    {
        using var temp = new TempFolder();
        var notDb = temp.File("notes.db");
        File.WriteAllText(notDb, "my notes, not a database");

        var result = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", notDb, Path.Combine(SitrepProcess.RepoRoot, "samples"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("notes.db", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("my notes, not a database", File.ReadAllText(notDb));
    }
}