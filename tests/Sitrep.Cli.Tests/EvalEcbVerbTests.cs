using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EvalEcbVerbTests
{
    [Fact]
    public async Task Eval_ecb_finds_the_shared_release_and_scores_every_method_on_two_topics()
    {
        // Run from the checkout: the default path is found by walking up to shared/data/clustering/ecbplus.
        var result = await SitrepProcess.RunAsync(SitrepProcess.RepoRoot, "eval-ecb", "--topics", "2", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("topics").GetInt32());
        Assert.Equal(60, root.GetProperty("documents").GetInt32());
        Assert.Equal(4, root.GetProperty("gold_events").GetInt32());
        Assert.Equal(["23", "24", "25"], root.GetProperty("tuning_topics").EnumerateArray().Select(t => t.GetString()));
        var methods = root.GetProperty("methods").EnumerateArray().ToList();
        Assert.Contains(methods, m => m.GetProperty("method").GetString() == "tfidf" && m.GetProperty("cut").GetString() == "dev-threshold");
        Assert.Contains(methods, m => m.GetProperty("method").GetString() == "one-per-topic");
        Assert.Contains(methods, m => m.GetProperty("method").GetString() == "sitrep" && m.GetProperty("cut").GetString() == "silhouette");
        Assert.Equal(60, root.GetProperty("sitrep_coverage").GetProperty("documents").GetInt32());
        foreach (var method in methods)
        {
            var f1 = method.GetProperty("b3").GetProperty("f1").GetDouble();
            Assert.InRange(f1, 0.01, 1.0);
            Assert.Equal(2, method.GetProperty("per_topic").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_path_that_is_not_there_is_named()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval-ecb", temp.File("missing"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing", result.Stderr, StringComparison.Ordinal);
    }
}