using System.Text;
using Sitrep.Documents;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text;

/// <summary>
/// A hand-written scanner from text to tokens with offsets. Splits clitics the Penn Treebank way
/// ("Ecuador's" → "Ecuador" + "'s", "don't" → "do" + "n't"), keeps hyphenated words ("38-year-old"), grouped and
/// decimal numbers ("1,200", "3.5"), abbreviations with their period ("Gen.", "U.S."), URLs, handles and hashtags whole.
/// Every character that is not white space ends up in exactly one token.
/// </summary>
internal sealed class Tokenizer
{
    private readonly AbbreviationTable abbreviations;

    public Tokenizer(AbbreviationTable abbreviations) => this.abbreviations = abbreviations;

    public TokenLayer Tokenize(string text)
    {
        var buffer = new TokenBuffer((text.Length / 5) + 8);
        var s = text.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            if (CharClass.IsSpace(s[i]))
            {
                i++;
                continue;
            }

            i = ScanToken(s, i, buffer);
        }

        return buffer.ToLayer();
    }

    private int ScanToken(ReadOnlySpan<char> s, int i, TokenBuffer buffer)
    {
        var c = s[i];
        if (c is 'h' or 'H' or 'w' or 'W')
        {
            var urlEnd = UrlScanner.MatchWithScheme(s, i);
            if (urlEnd > i)
            {
                buffer.Add(i, urlEnd, TokenKind.Url);
                return urlEnd;
            }
        }

        if (CharClass.IsWordChar(c))
        {
            return ScanWord(s, i, buffer);
        }

        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        if (c == '@' && CharClass.IsHandleChar(next) && (i == 0 || !CharClass.IsWordChar(s[i - 1])))
        {
            return AddRun(s, i, i + 1, TokenKind.Handle, buffer);
        }

        if (c is '#' or '\uFF03' && (CharClass.IsWordChar(next) || next == '_') && !char.IsAsciiDigit(next))
        {
            var e = i + 1;
            while (e < s.Length && (CharClass.IsWordChar(s[e]) || s[e] == '_'))
            {
                e++;
            }

            buffer.Add(i, e, TokenKind.Hashtag);
            return e;
        }

        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
        {
            Rune.DecodeFromUtf16(s.Slice(i, 2), out var rune, out _);
            buffer.Add(i, i + 2, Rune.IsLetterOrDigit(rune) ? TokenKind.Word : TokenKind.Symbol);
            return i + 2;
        }

        var end = i + 1;
        if (c is '.' or '-' or '!' or '?')
        {
            // "...", "--", "?!" are one token each.
            while (end < s.Length && (s[end] == c || (c is '!' or '?' && s[end] is '!' or '?')))
            {
                end++;
            }
        }

        // Unicode files '%', '&', '#' and '@' under punctuation; for quantities and names they act as symbols.
        var punctuation = char.IsPunctuation(c) && c is not ('%' or '\u2030' or '&' or '#' or '@' or '*');
        buffer.Add(i, end, punctuation ? TokenKind.Punctuation : TokenKind.Symbol);
        return end;
    }

    private static int AddRun(ReadOnlySpan<char> s, int start, int from, TokenKind kind, TokenBuffer buffer)
    {
        var e = from;
        while (e < s.Length && CharClass.IsHandleChar(s[e]))
        {
            e++;
        }

        buffer.Add(start, e, kind);
        return e;
    }

    private int ScanWord(ReadOnlySpan<char> s, int start, TokenBuffer buffer)
    {
        var j = start;
        var hasLetter = false;
        var isAbbreviation = false;
        while (true)
        {
            var segmentStart = j;
            while (j < s.Length && CharClass.IsWordChar(s[j]))
            {
                hasLetter |= CharClass.IsLetter(s[j]);
                j++;
            }

            if (j >= s.Length)
            {
                break;
            }

            var c = s[j];
            var next = j + 1 < s.Length ? s[j + 1] : '\0';
            if (CharClass.IsJoiningHyphen(c) && CharClass.IsWordChar(next))
            {
                j++;
                continue;
            }

            if (c is ',' or '.' or ':' && !hasLetter && char.IsAsciiDigit(next) && char.IsAsciiDigit(s[j - 1]))
            {
                j++;
                continue;
            }

            if (c == '.')
            {
                var dotted = MatchDottedInitials(s, segmentStart, j);
                if (dotted > j)
                {
                    j = dotted;
                    hasLetter = true;
                    if (j + 1 < s.Length && CharClass.IsJoiningHyphen(s[j]) && CharClass.IsWordChar(s[j + 1]))
                    {
                        j++;
                        continue;
                    }

                    isAbbreviation = true;
                    break;
                }

                if (CharClass.IsLetter(next))
                {
                    var urlEnd = UrlScanner.MatchBareDomain(s, start);
                    if (urlEnd > 0)
                    {
                        buffer.Add(start, urlEnd, TokenKind.Url);
                        return urlEnd;
                    }
                }

                if (hasLetter && TakesPeriod(s[start..j], s, j + 1))
                {
                    j++;
                    isAbbreviation = true;
                }

                break;
            }

            if (CharClass.IsApostrophe(c))
            {
                var split = SplitClitic(s, start, j, buffer);
                if (split > 0)
                {
                    return split;
                }

                if (CharClass.IsLetter(next) && j > start)
                {
                    j++;
                    continue;
                }

                break;
            }

            if (c == '&' && char.IsUpper(s[j - 1]) && char.IsUpper(next))
            {
                j++;
                continue;
            }

            if (c == '@')
            {
                var emailEnd = UrlScanner.MatchEmail(s, start);
                if (emailEnd > 0)
                {
                    buffer.Add(start, emailEnd, TokenKind.Url);
                    return emailEnd;
                }
            }

            break;
        }

        buffer.Add(start, j, isAbbreviation ? TokenKind.Abbreviation : hasLetter ? TokenKind.Word : TokenKind.Number);
        return j;
    }

    // "U.S.", "a.m.", "Ph.D.": groups of one or two letters each closed by a period. Returns the end after the last period, or dot.
    private static int MatchDottedInitials(ReadOnlySpan<char> s, int segmentStart, int dot)
    {
        var length = dot - segmentStart;
        if (length is < 1 or > 2 || !AllLetters(s[segmentStart..dot]))
        {
            return dot;
        }

        var end = dot;
        var groups = 0;
        while (true)
        {
            var m = end + 1;
            while (m < s.Length && CharClass.IsLetter(s[m]) && m - end - 1 < 3)
            {
                m++;
            }

            var run = m - end - 1;
            if (run is < 1 or > 2 || m >= s.Length || s[m] != '.')
            {
                break;
            }

            end = m;
            groups++;
        }

        return groups == 0 ? dot : end + 1;
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!CharClass.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool TakesPeriod(ReadOnlySpan<char> word, ReadOnlySpan<char> s, int afterPeriod)
    {
        if (word.Length == 1)
        {
            // An initial: "Francis L. Donovan".
            return char.IsUpper(word[0]);
        }

        switch (abbreviations.Find(word))
        {
            case AbbreviationClass.BeforeNumber:
                var k = afterPeriod;
                while (k < s.Length && CharClass.IsSpace(s[k]))
                {
                    k++;
                }

                return k < s.Length && char.IsAsciiDigit(s[k]);
            case null:
                return false;
            default:
                return true;
        }
    }

    // Penn Treebank clitics: 's 'd 'm 're 've 'll and n't. Adds word + clitic and returns the end, or 0 when none applies.
    private static int SplitClitic(ReadOnlySpan<char> s, int start, int apostrophe, TokenBuffer buffer)
    {
        var n1 = LowerAt(s, apostrophe + 1);
        var n2 = LowerAt(s, apostrophe + 2);
        var n3 = LowerAt(s, apostrophe + 3);
        var end = 0;
        var wordEnd = apostrophe;
        if (n1 is 's' or 'd' or 'm' && !CharClass.IsWordChar(n2))
        {
            end = apostrophe + 2;
        }
        else if (((n1 == 'r' && n2 == 'e') || (n1 == 'v' && n2 == 'e') || (n1 == 'l' && n2 == 'l')) && !CharClass.IsWordChar(n3))
        {
            end = apostrophe + 3;
        }
        else if (n1 == 't' && !CharClass.IsWordChar(n2) && apostrophe - start >= 2 && char.ToLowerInvariant(s[apostrophe - 1]) == 'n')
        {
            end = apostrophe + 2;
            wordEnd = apostrophe - 1;
        }

        if (end == 0 || wordEnd == start)
        {
            return 0;
        }

        var word = s[start..wordEnd];
        buffer.Add(start, wordEnd, AllDigits(word) ? TokenKind.Number : TokenKind.Word);
        buffer.Add(wordEnd, end, TokenKind.Word);
        return end;
    }

    private static char LowerAt(ReadOnlySpan<char> s, int k) => k < s.Length ? char.ToLowerInvariant(s[k]) : '\0';

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}