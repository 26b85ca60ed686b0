using System.Collections.Immutable;

namespace Sitrep.Events;

/// <summary>Which of the <see cref="EventRule"/>s the rule-based event path applies; all of them unless measured otherwise.</summary>
public sealed class EventRuleSet
{
    private readonly bool[] off;

    private EventRuleSet(bool[] off) => this.off = off;

    /// <summary>Every rule on: what the analysing verbs run.</summary>
    public static EventRuleSet All { get; } = new(new bool[Enum.GetValues<EventRule>().Length]);

    /// <summary>The rules turned off.</summary>
    public ImmutableArray<EventRule> Disabled => [.. Enum.GetValues<EventRule>().Where(r => off[(int)r])];

    /// <summary>True when <paramref name="rule"/> applies.</summary>
    public bool On(EventRule rule) => !off[(int)rule];

    /// <summary>This set with <paramref name="rules"/> turned off as well.</summary>
    public EventRuleSet Without(params IEnumerable<EventRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var copy = (bool[])off.Clone();
        foreach (var rule in rules)
        {
            copy[(int)rule] = true;
        }

        return new EventRuleSet(copy);
    }

    /// <summary>
    /// True for the sanity checks of issue #19, point 4 (counts of people only, disasters are no attacks): definitions
    /// that hold whatever a corpus rewards, kept even where no gold story exercises them.
    /// </summary>
    public static bool IsDefinition(EventRule rule) => rule is EventRule.CountsArePeople or EventRule.DisasterNotAssault;

    /// <summary>The rule's name as the CLI and <c>data/events/rules.tsv</c> spell it: "negation-cue".</summary>
    public static string NameOf(EventRule rule)
    {
        var name = rule.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>The rule named <paramref name="name"/> ("negation-cue"), or null when there is none.</summary>
    public static EventRule? Parse(string name) =>
        Enum.GetValues<EventRule>().Cast<EventRule?>().FirstOrDefault(r => string.Equals(NameOf(r!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));
}