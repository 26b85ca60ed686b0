using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EventsVerbTests
{
    private static string DevArticles => Path.Combine(SitrepProcess.SharedCorpus("dev"), "articles");

    [Fact]
    public async Task Ingest_clusters_the_two_reports_of_the_strike_into_one_event()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        var ingest = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, DevArticles);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var events = await SitrepProcess.RunAsync(temp.Path, "events", "--db", db, "--country", "EC", "--min-sources", "2", "--json");

        Assert.True(events.ExitCode == 0, events.ToString());
        using var json = JsonDocument.Parse(events.Stdout);
        var strike = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("2026-03-06", strike.GetProperty("date").GetProperty("from").GetString());
        Assert.Equal("Sucumbíos", strike.GetProperty("place").GetProperty("admin1").GetString());
        Assert.Equal(2, strike.GetProperty("independent_sources").GetInt32());
        Assert.Equal(2, strike.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Event_shows_fields_sources_and_evidence_and_names_an_unknown_id()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, DevArticles);
        var list = await SitrepProcess.RunAsync(temp.Path, "events", "--db", db, "--min-sources", "2", "--json");
        using var listed = JsonDocument.Parse(list.Stdout);
        var id = listed.RootElement[0].GetProperty("id").GetString()!;

        var human = await SitrepProcess.RunAsync(temp.Path, "event", "--db", db, id);
        var json = await SitrepProcess.RunAsync(temp.Path, "event", "--db", db, id, "--json");
        var missing = await SitrepProcess.RunAsync(temp.Path, "event", "--db", db, "ev_0000000000000000");

        Assert.True(human.ExitCode == 0, human.ToString());
        Assert.Contains("evidence", human.Stdout, StringComparison.Ordinal);
        Assert.Contains("revisions", human.Stdout, StringComparison.Ordinal);
        using var detail = JsonDocument.Parse(json.Stdout);
        Assert.Equal(2, detail.RootElement.GetProperty("mentions").GetArrayLength());
        Assert.True(detail.RootElement.GetProperty("provenance").GetProperty("date").GetProperty("support").GetArrayLength() >= 1);
        Assert.NotEqual(0, detail.RootElement.GetProperty("revisions").GetArrayLength());
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("ev_0000000000000000", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_filter_is_a_usage_error_that_lists_what_is_expected()
    {
        using var temp = new TempFolder();

        var result = await SitrepProcess.RunAsync(temp.Path, "events", "--db", temp.File("s.db"), "--type", "BOMBING");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ASSAULT", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_articles_in_another_order_or_reprocessed_give_the_same_events()
    {
        using var temp = new TempFolder();
        var files = Directory.GetFiles(DevArticles).Order(StringComparer.Ordinal).ToArray();
        var forward = temp.File("forward.db");
        var backward = temp.File("backward.db");
        Assert.Equal(0, (await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", forward, "--batch-size", "1", files[0], files[1])).ExitCode);
        Assert.Equal(0, (await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", backward, "--batch-size", "1", files[1], files[0])).ExitCode);

        var a = (await SitrepProcess.RunAsync(temp.Path, "events", "--db", forward, "--json", "--limit", "1000")).Stdout;
        var b = (await SitrepProcess.RunAsync(temp.Path, "events", "--db", backward, "--json", "--limit", "1000")).Stdout;
        var reprocess = await SitrepProcess.RunAsync(temp.Path, "reprocess", "--db", backward);
        var c = (await SitrepProcess.RunAsync(temp.Path, "events", "--db", backward, "--json", "--limit", "1000")).Stdout;

        Assert.True(reprocess.ExitCode == 0, reprocess.ToString());
        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.NotEqual("[]", a.Trim());
    }

    [Fact]
    public async Task An_ingest_catches_up_articles_stored_without_analysis()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, "--no-analyze", DevArticles);

        var again = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, "--json", DevArticles);

        Assert.True(again.ExitCode == 0, again.ToString());
        using var summary = JsonDocument.Parse(again.Stdout);
        Assert.Equal(2, summary.RootElement.GetProperty("duplicate").GetInt32());
        Assert.Equal(2, summary.RootElement.GetProperty("analysed").GetInt32());
        var events = await SitrepProcess.RunAsync(temp.Path, "events", "--db", db, "--min-sources", "2", "--json");
        Assert.NotEqual("[]", events.Stdout.Trim());
    }

    [Fact]
    public async Task No_analyze_only_stores_and_reprocess_builds_the_events_later()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, "--no-analyze", DevArticles);
        var before = await SitrepProcess.RunAsync(temp.Path, "events", "--db", db, "--json");

        var reprocess = await SitrepProcess.RunAsync(temp.Path, "reprocess", "--db", db, "--pending", "--json");
        var after = await SitrepProcess.RunAsync(temp.Path, "events", "--db", db, "--json");

        Assert.Equal("[]", before.Stdout.Trim());
        Assert.True(reprocess.ExitCode == 0, reprocess.ToString());
        using var summary = JsonDocument.Parse(reprocess.Stdout);
        Assert.Equal(2, summary.RootElement.GetProperty("articles").GetInt32());
        Assert.NotEqual("[]", after.Stdout.Trim());
    }
}