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
    public async Task Bench_table_names_the_stages()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "bench", SitrepProcess.SharedCorpus("dev"), "--repeat", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("tokens/s", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("sentences", result.Stdout, StringComparison.Ordinal);
    }
}