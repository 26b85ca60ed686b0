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

    [Theory]
    [InlineData("dev-voa", "no-such-rule|negation-cue", "--folds", "2", "--without", "no-such-rule")]
    [InlineData("dev", "--folds", "--rules-ablation")]
    [InlineData("dev", "--train-share", "--folds", "2", "--train-share", "1.5")]
    public async Task Bad_rule_switches_are_errors_that_say_what_is_expected(string corpus, string expected, params string[] options)
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, ["eval", SitrepProcess.SharedCorpus(corpus), .. options]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.All(expected.Split('|'), e => Assert.Contains(e, result.Stderr, StringComparison.Ordinal));
    }
}