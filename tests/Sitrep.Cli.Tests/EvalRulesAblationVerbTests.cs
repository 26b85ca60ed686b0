using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class EvalRulesAblationVerbTests
{
    [Fact]
    public async Task Rules_ablation_scores_every_rule_off_in_turn_with_a_verdict()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev-voa"), "--folds", "2", "--rules-ablation", "--encode", "none", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("folds").GetInt32());
        Assert.True(root.GetProperty("all_rules").GetProperty("typed_mention_f1").GetDouble() > 0);
        var rows = root.GetProperty("without").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("rule").GetString() == "negation-cue");
        Assert.All(rows, r => Assert.True(r.TryGetProperty("pays", out _) && r.GetProperty("scores").TryGetProperty("mention", out _)));
        Assert.Contains(rows, r => r.GetProperty("definition").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_rule_name_is_an_error_that_lists_the_rules()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev-voa"), "--folds", "2", "--without", "no-such-rule");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-such-rule", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("negation-cue", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rule_switches_need_folds()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev"), "--rules-ablation");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--folds", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_training_share_outside_zero_to_one_is_an_error()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "eval", SitrepProcess.SharedCorpus("dev"), "--folds", "2", "--train-share", "1.5");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--train-share", result.Stderr, StringComparison.Ordinal);
    }
}