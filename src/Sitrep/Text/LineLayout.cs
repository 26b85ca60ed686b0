using Sitrep.Text.Lexicon;

namespace Sitrep.Text;

/// <summary>Line structure of a text: line breaks between tokens, and whether lines are hard-wrapped.</summary>
internal static class LineLayout
{
    /// <summary>Number of line breaks in the white space <c>[from, to)</c>; a paragraph separator counts as two.</summary>
    public static int LineBreaksBetween(string text, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '\u2029')
            {
                count += 2;
            }
            else if (CharClass.IsLineBreak(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// True when the text is wrapped at a fixed width (e-mail, plain-text wires): most lines that run into a
    /// following line end without sentence punctuation and are short. Then a single line break is a space.
    /// </summary>
    public static bool IsHardWrapped(string text)
    {
        int lines = 0, continued = 0, longest = 0;
        var start = 0;
        for (var k = 0; k <= text.Length; k++)
        {
            if (k < text.Length && text[k] != '\n')
            {
                continue;
            }

            var line = text.AsSpan(start, k - start).Trim();
            start = k + 1;
            if (line.IsEmpty || k >= text.Length)
            {
                continue;
            }

            var nextLine = NextLine(text, k + 1);
            if (nextLine.IsEmpty)
            {
                continue;
            }

            lines++;
            longest = Math.Max(longest, line.Length);
            if (line[^1] is not ('.' or '!' or '?' or '"' or '”' or ':' or '…') && !char.IsUpper(nextLine[0]))
            {
                continued++;
            }
        }

        return lines >= 3 && longest <= 100 && continued * 2 >= lines;
    }

    private static ReadOnlySpan<char> NextLine(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return text.AsSpan(from, (end < 0 ? text.Length : end) - from).Trim();
    }
}