using Sitrep.Events;

namespace Sitrep.Tests.Events;

public sealed class EventRuleSetTests
{
    [Fact]
    public void Every_rule_is_on_by_default()
    {
        Assert.All(Enum.GetValues<EventRule>(), r => Assert.True(EventRuleSet.All.On(r)));
        Assert.Empty(EventRuleSet.All.Disabled);
    }

    [Fact]
    public void Without_turns_rules_off_and_leaves_the_original_alone()
    {
        var fewer = EventRuleSet.All.Without(EventRule.NegationCue, EventRule.SeparateAct);

        Assert.False(fewer.On(EventRule.NegationCue));
        Assert.True(fewer.On(EventRule.NounOpens));
        Assert.Equal([EventRule.NegationCue, EventRule.SeparateAct], fewer.Disabled.ToArray());
        Assert.True(EventRuleSet.All.On(EventRule.NegationCue));
    }

    [Fact]
    public void Names_are_kebab_case_and_parse_back()
    {
        Assert.Equal("weak-trigger-licence", EventRuleSet.NameOf(EventRule.WeakTriggerLicence));
        Assert.All(Enum.GetValues<EventRule>(), r => Assert.Equal(r, EventRuleSet.Parse(EventRuleSet.NameOf(r))));
        Assert.Null(EventRuleSet.Parse("no-such-rule"));
    }

    [Fact]
    public void Only_the_sanity_checks_are_definitions()
    {
        Assert.Equal([EventRule.CountsArePeople, EventRule.DisasterNotAssault], Enum.GetValues<EventRule>().Where(EventRuleSet.IsDefinition).ToArray());
    }

    [Fact]
    public void The_measured_table_lists_every_rule_in_the_code_and_no_deleted_one()
    {
        using var stream = typeof(EventRuleSet).Assembly.GetManifestResourceStream("Sitrep.Events.rules.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n')
            .Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("rule\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToList();

        var live = rows.Where(r => r[7] != "deleted").Select(r => r[0]).Order(StringComparer.Ordinal);
        Assert.Equal(Enum.GetValues<EventRule>().Select(EventRuleSet.NameOf).Order(StringComparer.Ordinal), live);
        Assert.All(rows.Where(r => r[7] == "deleted"), r => Assert.Null(EventRuleSet.Parse(r[0])));
    }
}