using System.Collections.Frozen;

using Sitrep.Text.Lexicon;

namespace Sitrep.Text;

/// <summary>The words and marks of data/ner/lead-cues.tsv: byline openers and separators, dateline dashes, name particles.</summary>
internal sealed class LeadConventions
{
    private LeadConventions(string[] bylineOpeners, string[] bylineSeparators, string[] dashes, FrozenSet<string> particles)
    {
        BylineOpeners = bylineOpeners;
        BylineSeparators = bylineSeparators;
        Dashes = dashes;
        Particles = particles;
    }

    public static LeadConventions Default { get; } = Load();

    /// <summary>"By", "Written by"; longest first, so "Reporting by" is tried before a shorter opener.</summary>
    public string[] BylineOpeners { get; }

    public string[] BylineSeparators { get; }

    /// <summary>The dashes that close a dateline, longest first ("--" before "-").</summary>
    public string[] Dashes { get; }

    /// <summary>Lower-case words allowed inside a name written in title case.</summary>
    public FrozenSet<string> Particles { get; }

    private static LeadConventions Load()
    {
        var rows = TextResources.Rows("lead-cues.tsv").ToList();
        string[] Of(string kind) =>
            [.. rows.Where(r => r[0] == kind).Select(r => r[1]).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)];
        return new LeadConventions(
            Of("byline-opener"), Of("byline-separator"), Of("dash"),
            Of("name-particle").ToFrozenSet(StringComparer.Ordinal));
    }
}