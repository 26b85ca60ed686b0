using System.Globalization;
using System.Text;

using Sitrep.Text.Lexicon;

namespace Sitrep.Actors;

/// <summary>
/// The lookup key of an actor name: lower case, accents removed, periods and apostrophes dropped ("U.S." → "us"),
/// hyphens, underscores and other punctuation read as spaces ("al-Shabab" → "al shabab"), one space between words.
/// Builder and resolver fold the same way, so a dictionary phrase and a text span meet on this key.
/// </summary>
internal static class ActorKey
{
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (IsFolded(text))
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (raw is '.' or '\'' or '\u2019' or '\u2018')
            {
                continue;
            }

            if (raw > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                // A combining accent of decomposed text ("a" + U+0301) belongs to its letter.
                continue;
            }

            if (!char.IsLetterOrDigit(raw))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            // Under InvariantGlobalization Normalize(FormD) is a no-op, so accents fold through the one Latin folding table.
            var folded = raw > '\u007f' ? LatinFolding.Fold(raw) : null;
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (folded is not null)
            {
                builder.Append(folded.ToLowerInvariant());
            }
            else
            {
                builder.Append(char.ToLowerInvariant(raw));
            }
        }

        return builder.ToString();
    }

    // Most keys are already lower-case ASCII words with single spaces; they need no second pass.
    private static bool IsFolded(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == ' ' && i > 0 && i < text.Length - 1 && text[i - 1] != ' ')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key without a leading "the ".</summary>
    public static string FoldWithoutArticle(ReadOnlySpan<char> text)
    {
        var key = Fold(text);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}