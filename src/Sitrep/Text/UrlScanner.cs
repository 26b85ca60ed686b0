using System.Collections.Frozen;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text;

/// <summary>Recognises web addresses ("https://t.co/…", "www.voanews.com", "pic.twitter.com/…", "Politico.com") and e-mail addresses.</summary>
internal static class UrlScanner
{
    // Top-level domains common enough in news copy to accept a bare "name.tld" without a path.
    private static readonly FrozenSet<string> BareTopLevelDomains = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "com", "org", "net", "gov", "mil", "edu", "int", "io", "info", "tv", "ly", "co");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelLookup =
        BareTopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>End of a URL starting at <paramref name="i"/> with a scheme or "www.", or <paramref name="i"/> when there is none.</summary>
    public static int MatchWithScheme(ReadOnlySpan<char> s, int i)
    {
        if (i > 0 && CharClass.IsWordChar(s[i - 1]))
        {
            return i;
        }

        var rest = s[i..];
        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return ScanBody(s, i);
        }

        return i;
    }

    /// <summary>End of a scheme-less address "host.tld[/path]" starting at <paramref name="start"/>, or 0.</summary>
    public static int MatchBareDomain(ReadOnlySpan<char> s, int start)
    {
        var e = start;
        var labels = 0;
        var lastLabel = start;
        while (true)
        {
            var labelStart = e;
            while (e < s.Length && (char.IsAsciiLetterOrDigit(s[e]) || s[e] == '-'))
            {
                e++;
            }

            if (e == labelStart)
            {
                return 0;
            }

            labels++;
            lastLabel = labelStart;
            if (e + 1 < s.Length && s[e] == '.' && char.IsAsciiLetterOrDigit(s[e + 1]))
            {
                e++;
                continue;
            }

            break;
        }

        if (labels < 2)
        {
            return 0;
        }

        if (e < s.Length && s[e] == '/')
        {
            return ScanBody(s, start);
        }

        var nextIsWord = e < s.Length && CharClass.IsWordChar(s[e]);
        return !nextIsWord && TopLevelLookup.Contains(s[lastLabel..e]) ? e : 0;
    }

    /// <summary>End of an e-mail address starting at <paramref name="start"/>, or 0.</summary>
    public static int MatchEmail(ReadOnlySpan<char> s, int start)
    {
        var e = start;
        while (e < s.Length && (char.IsAsciiLetterOrDigit(s[e]) || s[e] is '.' or '_' or '%' or '+' or '-'))
        {
            e++;
        }

        if (e == start || e >= s.Length || s[e] != '@')
        {
            return 0;
        }

        var end = MatchBareDomain(s, e + 1);
        return end > e + 1 && s[(e + 1)..end].Contains('.') ? end : 0;
    }

    private static int ScanBody(ReadOnlySpan<char> s, int start)
    {
        var e = start;
        while (e < s.Length && !CharClass.IsSpace(s[e]) && s[e] is not ('<' or '>' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u2026'))
        {
            e++;
        }

        // Trailing sentence punctuation belongs to the sentence, not the address; a closing bracket stays when the address opened one.
        while (e > start + 1)
        {
            var last = s[e - 1];
            if (last is ')' && s[start..e].Count('(') >= s[start..e].Count(')'))
            {
                break;
            }

            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ')' or ']' or '}')
            {
                e--;
                continue;
            }

            break;
        }

        return e;
    }
}