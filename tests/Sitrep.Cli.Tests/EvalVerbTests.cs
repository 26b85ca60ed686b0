using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EvalVerbTests
{
    [Fact]
    public async Task Eval_prints_every_score_of_the_evaluation_table()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev"), "--misses", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var row in new[] { "mention P / R / F1", "type accuracy", "date accuracy", "date overlap", "place country", "place admin1", "place name", "actor F1", "fatalities accuracy", "B³", "aggregate errors", "misses" })
        {
            Assert.Contains(row, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Eval_json_has_the_keys_tools_read()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev-voa"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(10, root.GetProperty("articles").GetInt32());
        Assert.Equal(41, root.GetProperty("gold_events").GetInt32());
        foreach (var key in new[] { "mention", "type_accuracy", "mode_accuracy", "date_accuracy", "date_overlap", "place", "actor_f1", "fatalities_accuracy", "b3", "aggregate_errors", "misses" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public async Task A_malformed_gold_file_is_named_with_the_event_and_field()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("articles"));
        File.WriteAllText(temp.File("articles/a.txt"), "date 2026-03-07\nTroops arrived on Friday.");
        File.WriteAllText(temp.File("gold.json"), """
            { "articles": { "a": { "published": "2026-03-07", "outlet": null } },
              "events": [ { "id": "e1", "kind": "incident", "type": "ASSAULT", "mode": null,
                            "date": { "start": "March 6", "end": "2026-03-06" }, "place": null,
                            "actors": [], "recipients": [], "fatalities": null,
                            "mentions": [ { "article": "a", "evidence": ["Troops arrived"] } ] } ] }
            """);

        var result = await SitrepProcess.RunAsync(temp.Path, "eval", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("e1", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("date.start", result.Stderr, StringComparison.Ordinal);
    }
}