using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>Reads a match of a <see cref="TimeRule"/>; returns null to reject it (an impossible date, a missing cue).</summary>
internal delegate TimeReading? TimeReader(Match match, DateOnly? published, string text);

/// <summary>One pattern of the time grammar and the reading of its matches.</summary>
internal sealed class TimeRule
{
    /// <summary>The options of every time pattern; the patterns are source-generated, so nothing compiles at run time.</summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>A generous bound: the patterns are linear, and a timeout only guards against a pathological input.</summary>
    public const int TimeoutMilliseconds = 10_000;

    public TimeRule(string name, Regex pattern, TimeReader read, TimeRuleAnchor? anchor = null)
    {
        Name = name;
        Pattern = pattern;
        Read = read;
        Anchor = anchor;
    }

    /// <summary>A short name for tests and debugging.</summary>
    public string Name { get; }

    public Regex Pattern { get; }

    public TimeReader Read { get; }

    /// <summary>
    /// Where the rule's matches can start, when known: the recogniser then tries the rule only just before those
    /// anchors. Null runs the pattern over the whole text (cheap patterns with a rare first character).
    /// </summary>
    public TimeRuleAnchor? Anchor { get; }

    /// <summary>
    /// A rule whose pattern may open with <c>(?&lt;since&gt;since|desde)</c>: the recogniser turns its reading into an
    /// open range to publication and keeps the reading as the anchor.
    /// </summary>
    public const string Since = @"(?<since>\b(?:[Ss]ince|[Dd]esde))\s+";
}