using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>Reads a match of a <see cref="TimeRule"/>; returns null to reject it (an impossible date, a missing cue).</summary>
internal delegate TimeReading? TimeReader(Match match, DateOnly? published, string text);

/// <summary>One pattern of the time grammar and the reading of its matches.</summary>
internal sealed class TimeRule
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public TimeRule(string name, string pattern, TimeReader read)
    {
        Name = name;
        Pattern = new Regex(pattern, Options, TimeSpan.FromSeconds(10));
        Read = read;
    }

    /// <summary>A short name for tests and debugging.</summary>
    public string Name { get; }

    public Regex Pattern { get; }

    public TimeReader Read { get; }

    /// <summary>
    /// A rule whose pattern may open with <c>(?&lt;since&gt;since|desde)</c>: the recogniser turns its reading into an
    /// open range to publication and keeps the reading as the anchor.
    /// </summary>
    public const string Since = @"(?<since>\b(?:[Ss]ince|[Dd]esde))\s+";
}
