using System.Text.RegularExpressions;

namespace Sitrep.Quantities;

/// <summary>
/// The words that make a count a casualty count: a verb before it ("killed six men", "the deaths of 16"), a predicate
/// after its noun phrase ("five people dead", "seven others, including two elders, were killed"), or a zero statement
/// ("no one was killed"). Patterns compiled once; the groups f, i, a, k name fatalities, injuries, arrests, abductions.
/// </summary>
internal static class CasualtyCues
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Matched against the text just before a count phrase.</summary>
    public static readonly Regex Before = new(
        @"\b(?:(?<f>killed|killing|kills?|massacred|massacring|executed|executing|slaughtered|slaughtering|shot\s+dead|shot\s+and\s+killed|gunned\s+down|murdered|murdering|beheaded|claimed\s+the\s+lives\s+of|deaths?\s+of|lives\s+of|bodies\s+of|(?:death|casualty)\s+toll(?:\s+(?:from|in|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?:\s+(?:has|had|was|is|now))?(?:\s+(?:rose|risen|climbed|jumped|reached|stood|stands|hit|increased))?(?:\s+(?:to|at|of))?|toll\s+(?:rose|climbed|reached|stood|stands)\s+(?:to|at))" +
        @"|(?<i>injured|injuring|injures?|wounded|wounding|wounds|hurt|hurting|injuries\s+to)" +
        @"|(?<a>arrested|arresting|arrests?|detained|detaining|detains?|captured|capturing|apprehended|apprehending|rounded\s+up|arrest\s+of|detention\s+of|jailed)" +
        @"|(?<k>kidnapped|kidnapping|kidnaps?|abducted|abducting|abducts?|abduction\s+of|kidnapping\s+of|took\s+hostage|taking\s+hostage|seized))\s+(?:the\s+)?$",
        Options, Timeout);

    /// <summary>Matched at the end of a count's noun phrase (<c>\G</c>).</summary>
    public static readonly Regex After = new(
        @"\G(?:\s*\([^)]{0,60}\))?(?:\s*,[^,.;:]{1,120},|\s+including\s+[^,.;:]{1,80}?(?=\s+(?:were|was|have|had)\b)|\s*,\s*(?:all|most|both|many|some)\s+of\s+(?:whom|them)|\s+and\s+(?:an?|one|two|three|four|five|\d+|several)\s+(?:[\w-]+\s+)?[\w-]+(?=\s+(?:were|was|have|had|died|killed|dead)\b))?\s*(?:(?:who|that)\s+)?(?:(?:were|was|have|has|had|are|is|being|been|got|reportedly|allegedly|also|all|later|eventually|subsequently|now|confirmed|believed\s+to\s+have|said\s+to\s+have|feared|left|lay|\w+ly)\s+){0,3}" +
        @"(?:(?<f>killed|dead|died|dies|perished|slain|murdered|executed|shot\s+dead|lost\s+their\s+lives|drowned|massacred|burned\s+to\s+death|beheaded|dying)" +
        @"|(?<i>injured|wounded|hurt|hospitali[sz]ed)" +
        @"|(?<a>arrested|detained|captured|apprehended|taken\s+into\s+custody|in\s+custody|held\s+in\s+custody|rounded\s+up|jailed)" +
        @"|(?<k>kidnapped|abducted|taken\s+hostage|taken\s+captive|held\s+hostage|held\s+captive))\b",
        Options, Timeout);

    /// <summary>Explicit zero counts: "no one was killed", "nobody was hurt", "there were no casualties".</summary>
    public static readonly Regex Zero = new(
        @"\b(?<z>no\s+one|nobody|none(?:\s+of\s+(?:the\s+)?[\w-]+)?)\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are|appeared\s+to\s+have\s+been|\w+ly)\s+){1,3}(?:(?<f>killed|hurt\s+or\s+killed)|(?<i>hurt|injured|wounded)|(?<a>arrested|detained)|(?<k>kidnapped|abducted))\b" +
        @"|\b(?<z>no\s+one|nobody)\s+(?<f>died)\b" +
        @"|\b(?<z>(?:no|zero)\s+(?:(?<f>deaths|fatalities|casualties|lives\s+were\s+lost)|(?<i>injuries)|(?<a>arrests)))\b(?!\s+(?:figures?|details?|information|numbers?)\b)",
        Options, Timeout);

    /// <summary>What a casualty cue means, from its group.</summary>
    public static QuantitySemantics SemanticsOf(Match match) =>
        match.Groups["f"].Success ? QuantitySemantics.Fatalities
        : match.Groups["i"].Success ? QuantitySemantics.Injuries
        : match.Groups["a"].Success ? QuantitySemantics.Arrests
        : match.Groups["k"].Success ? QuantitySemantics.Abductions
        : QuantitySemantics.None;

    /// <summary>Extends "150 people accused of being drug smugglers" to the description after "people".</summary>
    public static readonly Regex Description = new(
        @"\G\s+(?:accused\s+of\s+being|described\s+as|identified\s+as|believed\s+to\s+be|suspected\s+of\s+being|said\s+to\s+be|alleged\s+to\s+be)\s+(?<d>(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+s)\b",
        Options, Timeout);
}