using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class BenchVerbTests
{
    [Fact]
    public async Task Bench_json_reports_throughput_memory_and_every_stage()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "bench", SitrepProcess.SharedCorpus("dev"), "--repeat", "1", "--threads", "1", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("articles").GetInt32());
        Assert.True(root.GetProperty("articles_per_second").GetDouble() > 0);
        Assert.True(root.GetProperty("tokens_per_second").GetDouble() > 0);
        Assert.True(root.GetProperty("peak_memory_mb").GetDouble() > 0);
        Assert.Equal(1, root.GetProperty("threads").GetInt32());
        var stages = root.GetProperty("stages").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("tokens", stages);
        Assert.Contains("sentences", stages);
        Assert.Contains("times", stages);
    }

    [Fact]
    public async Task Bench_text_core_times_only_the_text_stages_and_writes_the_texts_it_read()
    {
        using var temp = new TempFolder();
        var texts = Path.Combine(temp.Path, "texts.jsonl");
        var result = await SitrepProcess.RunAsync(
            temp.Path, "bench", SitrepProcess.SharedCorpus("dev"), "--text-core", "--warmup", "2", "--repeat", "1", "--threads", "1", "--texts-out", texts, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("text-core", root.GetProperty("pipeline").GetString());
        Assert.True(root.GetProperty("seconds_per_pass").GetDouble() > 0);
        var stages = root.GetProperty("stages").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["tokens", "sentences", "lead", "entities"], stages);
        var lines = await File.ReadAllLinesAsync(texts);
        Assert.Equal(2, lines.Length);
        long chars = 0;
        foreach (var line in lines)
        {
            using var text = JsonDocument.Parse(line);
            chars += text.RootElement.GetProperty("text").GetString()!.Length;
        }

        Assert.Equal(root.GetProperty("chars").GetInt64(), chars);
    }

    [Fact]
    public async Task Bench_table_names_the_stages()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "bench", SitrepProcess.SharedCorpus("dev"), "--repeat", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("tokens/s", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("sentences", result.Stdout, StringComparison.Ordinal);
    }
}