using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>
/// The matches of a rule found by trying its <c>\G</c>-anchored pattern only at the positions a match can start,
/// in the order the unanchored pattern's scan would try them, so the result is the same list of matches.
/// </summary>
/// <remarks>
/// Why it is the same: every match contains an anchor and starts at most <see cref="TimeRuleAnchor.Reach"/> counted
/// characters before it. A start <c>p</c> is possible only if <c>p</c> is within reach of the first anchor at or after
/// <c>p</c> (a later anchor has more characters between, so it is never closer). The loop tries exactly those starts in
/// increasing order from where the previous match ended, as <see cref="Match.NextMatch"/> does, and an anchored
/// attempt at <c>p</c> runs the same backtracking as the scan's attempt at <c>p</c>. <see cref="Regex.Match(string, int)"/>
/// keeps the whole text visible, so look-behinds and <c>\b</c> see the characters before <c>p</c>.
/// </remarks>
internal static class AnchoredMatches
{
    public static void Collect(TimeRuleAnchor anchor, string text, IReadOnlyList<int> anchors, List<Match> matches)
    {
        var next = 0;
        var i = 0;
        while (i < anchors.Count)
        {
            var at = anchors[i];
            if (at < next)
            {
                i++;
                continue;
            }

            var matched = false;
            for (var p = Math.Max(next, WindowStart(text, at, anchor.Reach)); p <= at; p++)
            {
                if (!CanStart(text, p, anchor.WordStart))
                {
                    continue;
                }

                var match = anchor.Anchored.Match(text, p);
                if (match.Success)
                {
                    matches.Add(match);
                    next = match.Length == 0 ? match.Index + 1 : match.Index + match.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                next = at + 1;
                i++;
            }
        }
    }

    /// <summary>
    /// Every pattern's first character is a letter or a digit (its lead word, anchor or count); a rule whose every path
    /// opens with <c>\b</c> or a look-behind refusing letters and digits also needs none of those before it.
    /// </summary>
    private static bool CanStart(string text, int p, bool wordStart) =>
        char.IsLetterOrDigit(text[p]) && (!wordStart || p == 0 || !char.IsLetterOrDigit(text[p - 1]));

    /// <summary>The first position from which at most <paramref name="reach"/> counted characters lead to <paramref name="at"/>.</summary>
    private static int WindowStart(string text, int at, int reach)
    {
        var p = at;
        var counted = 0;
        while (p > 0)
        {
            var ch = text[p - 1];
            if (!char.IsWhiteSpace(ch) && ch != '-')
            {
                if (counted == reach)
                {
                    break;
                }

                counted++;
            }

            p--;
        }

        return p;
    }
}