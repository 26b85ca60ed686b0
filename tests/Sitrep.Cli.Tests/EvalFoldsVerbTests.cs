using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EvalFoldsVerbTests
{
    [Fact]
    public async Task Eval_folds_prints_mean_spread_and_each_fold_beside_the_rules()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev-voa"), "--folds", "2", "--encode", "none", "--json", "--misses", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("folds").GetInt32());
        Assert.Equal(10, root.GetProperty("articles").GetInt32());
        Assert.Equal(41, root.GetProperty("gold_events").GetInt32());
        Assert.Equal(2, root.GetProperty("per_fold").GetArrayLength());
        Assert.Equal(10, root.GetProperty("per_fold").EnumerateArray().Sum(f => f.GetProperty("stories").GetArrayLength()));
        Assert.True(root.GetProperty("spread").TryGetProperty("mention.f1", out _));
        Assert.True(root.GetProperty("rules").TryGetProperty("mention", out _));
        Assert.InRange(root.GetProperty("misses").GetArrayLength(), 0, 3);
        Assert.All(root.GetProperty("misses").EnumerateArray(), m => Assert.True(m.TryGetProperty("fold", out _)));
    }

    [Fact]
    public async Task Too_many_folds_for_the_stories_is_an_error()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev"), "--folds", "5", "--encode", "none");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fold", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_events_writes_models_that_eval_can_use()
    {
        using var temp = new TempFolder();
        var models = temp.File("events.bin");

        var train = await SitrepProcess.RunAsync(temp.Path, "train", "events", SitrepProcess.SharedCorpus("dev-voa"), "-o", models);
        Assert.True(train.ExitCode == 0, train.ToString());
        Assert.Contains("detector:", train.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("training-report.txt")));

        var eval = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev"), "--event-models", models, "--encode", "none", "--json");
        Assert.True(eval.ExitCode == 0, eval.ToString());
        using var json = JsonDocument.Parse(eval.Stdout);
        Assert.True(json.RootElement.GetProperty("predicted_events").GetInt32() > 0);
    }

    [Fact]
    public async Task A_damaged_models_file_is_named()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("broken.bin"), "not a model");
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev"), "--event-models", temp.File("broken.bin"), "--encode", "none");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.bin", result.Stderr, StringComparison.Ordinal);
    }
}