using System.Globalization;
using Sitrep.Text;

namespace Sitrep.Text.Lexicon;

/// <summary>Character tests shared by the tokenizer and the sentence splitter.</summary>
internal static class CharClass
{
    /// <summary>White space, including no-break spaces and the zero-width characters web copy carries.</summary>
    public static bool IsSpace(char c) =>
        c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' || c < ' ' :
        c >= '\u0080' && (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD');

    /// <summary>A character that belongs inside a word: letters, digits, combining marks.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < '\u0080')
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    public static bool IsLetter(char c) => c < '\u0080' ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>Hyphens that join words: ASCII hyphen-minus, Unicode hyphen and non-breaking hyphen (not en or em dashes).</summary>
    public static bool IsJoiningHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Straight or curly apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsLineBreak(char c) => c is '\n' or '\u2028' or '\u2029' or '\u0085';

    public static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// True for an all-capitals word with at least <paramref name="minimumLetters"/> capital letters ("FARC", "U.S.",
    /// "CDF"). Capitals are counted, not letters, so that a word of a script without case (Arabic, Chinese) is no acronym.
    /// </summary>
    public static bool IsAcronym(ReadOnlySpan<char> word, int minimumLetters)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= minimumLetters;
    }
}