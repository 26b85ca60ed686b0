using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class AnalyzeVerbTests
{
    [Fact]
    public async Task Analyze_json_has_the_document_and_its_layers_with_offsets_into_the_text()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(SitrepProcess.RepoRoot, "samples", "002_56decd7c35e1df04.txt");
        var result = await SitrepProcess.RunAsync(temp.Path, "analyze", file, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("002_56decd7c35e1df04", root.GetProperty("id").GetString());
        Assert.Equal("2026-03-07", root.GetProperty("published").GetString());
        var text = root.GetProperty("text").GetString()!;
        var layers = root.GetProperty("layers");
        foreach (var name in new[] { "sentences", "entities", "times", "quantities", "places" })
        {
            Assert.True(layers.TryGetProperty(name, out var layer), name);
            Assert.True(layer.GetArrayLength() > 0, name);
        }

        foreach (var entity in layers.GetProperty("entities").EnumerateArray())
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            Assert.Equal(entity.GetProperty("text").GetString(), text[start..end]);
        }

        Assert.Contains(layers.GetProperty("times").EnumerateArray(), t => t.GetProperty("text").GetString() == "on Friday" && t.GetProperty("from").GetString() == "2026-03-06");
    }

    [Fact]
    public async Task Analyze_without_json_lists_the_layers_for_a_person()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(SitrepProcess.RepoRoot, "samples", "000_75da227318166613.txt");
        var result = await SitrepProcess.RunAsync(temp.Path, "analyze", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("layers: tokens", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Sean Parnell", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_of_a_missing_file_names_it()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "analyze", temp.File("nope.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.txt", result.Stderr, StringComparison.Ordinal);
    }
}