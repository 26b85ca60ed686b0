using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>
/// What every match of a <see cref="TimeRule"/> contains, and how far before it the match can start.
/// </summary>
/// <param name="Kind">An anchor every match contains (a month name, a digit run…), as <see cref="TimeAnchors"/> finds them.</param>
/// <param name="Reach">
/// The most characters other than white space and hyphens that a match can have before its anchor: the longest lead
/// words of the pattern ("in the early hours of" before a weekday is 17). White space and hyphens are not counted
/// because the patterns allow runs of them (<c>\s+</c>, <c>[\s-]+</c>) of any length.
/// </param>
/// <param name="Anchored">The rule's pattern behind <c>\G</c>: it matches only at the position it is given.</param>
/// <param name="WordStart">
/// True when every path of the pattern opens with <c>\b</c> (or a look-behind refusing letters and digits), so a match
/// never starts right after a letter or digit. False for patterns with an optional part that may open mid-word
/// (the weekday of "Friday, March 6" has no <c>\b</c> of its own).
/// </param>
internal sealed record TimeRuleAnchor(TimeAnchorKind Kind, int Reach, Regex Anchored, bool WordStart = true)
{
    /// <summary>Opens a rule's anchored pattern, <c>\G(?:</c> + the pattern + <c>)</c>: it matches only where the search starts.</summary>
    public const string AnchorPrefix = @"\G(?:";
}