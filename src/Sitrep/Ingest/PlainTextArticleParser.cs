using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest;

/// <summary>
/// Reads a plain-text article following the input conventions of ARCHITECTURE.md: an optional leading
/// <c>date YYYY-MM-DD</c> marker (possibly on the same line as the body), then an optional headline line,
/// then the body, kept byte for byte apart from leading and trailing white space (analysis offsets point into it).
/// </summary>
internal static partial class PlainTextArticleParser
{
    // A headline is a line, not a paragraph: news headlines run to about 15 words; 25 words / 150 characters leave room.
    private const int MaxHeadlineChars = 150;
    private const int MaxHeadlineWords = 25;

    public static ReadOutcome Parse(string text, InputSource source, IReadOnlyList<Diagnostic> warnings)
    {
        var (published, title, body) = Split(text);
        if (body.Length == 0)
        {
            return source.Fail(title is null ? "empty file" : "no body text after the headline");
        }

        var article = new Article(source.Id, body, source.Origin) { Published = published, Title = title, Url = source.Origin.Url };
        return new ArticleRead(article, warnings);
    }

    /// <summary>Splits text into its date marker, headline and body.</summary>
    public static (DateOnly? Published, string? Title, string Body) Split(string text)
    {
        var rest = text.AsSpan();
        DateOnly? published = null;
        var marker = DateMarker().Match(text);
        if (marker.Success && DateOnly.TryParseExact(marker.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            published = date;
            rest = rest[marker.Length..];
        }

        rest = TrimStart(rest);
        string? title = null;
        var lineEnd = rest.IndexOfAny('\r', '\n');
        if (lineEnd > 0)
        {
            var firstLine = rest[..lineEnd].TrimEnd();
            var afterLine = rest[lineEnd..];
            var remainder = TrimStart(afterLine);
            if (!remainder.IsEmpty && IsHeadline(firstLine, StartsWithBlankLine(afterLine)))
            {
                title = firstLine.ToString();
                rest = remainder;
            }
        }

        return (published, title, rest.TrimEnd().ToString());
    }

    /// <summary>
    /// A short line that does not end a sentence. A question or exclamation ("Can the US pry Russia away from China?")
    /// is a headline too when a blank line sets it apart as its own paragraph, as headlines are in VOA copy.
    /// </summary>
    internal static bool IsHeadline(ReadOnlySpan<char> line, bool followedByBlankLine)
    {
        if (line.IsEmpty || line.Length > MaxHeadlineChars || CountWords(line) > MaxHeadlineWords)
        {
            return false;
        }

        var last = LastNonClosingChar(line);
        return last switch
        {
            // A trailing dash is a dateline ("KABUL, Afghanistan —"), not a headline.
            '.' or ':' or ';' or '…' or ',' or '—' or '–' or '-' => false,
            '?' or '!' => followedByBlankLine,
            _ => true,
        };
    }

    // "… said.”" ends a sentence; "calls ‘inhumane’" does not: look through closing quotes and brackets.
    private static char LastNonClosingChar(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            if (line[i] is not ('"' or '\'' or '”' or '’' or '»' or ')' or ']'))
            {
                return line[i];
            }
        }

        return '"';
    }

    private static int CountWords(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }

    private static bool StartsWithBlankLine(ReadOnlySpan<char> afterLine)
    {
        // afterLine starts at the first line break; a blank line is a second break with only white space between.
        var skip = afterLine.StartsWith("\r\n") ? 2 : 1;
        var next = afterLine[skip..];
        var nextBreak = next.IndexOfAny('\r', '\n');
        return nextBreak >= 0 && next[..nextBreak].IsWhiteSpace();
    }

    private static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> text) => text.TrimStart();

    // "date 2026-03-07" after optional white space, followed by white space or the end of the text.
    [GeneratedRegex(@"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|\z)", RegexOptions.IgnoreCase)]
    private static partial Regex DateMarker();
}