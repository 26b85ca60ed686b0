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
}