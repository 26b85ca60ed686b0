using System.Text;

namespace Sitrep.Storage;

/// <summary>
/// Turns a user's search text into a safe FTS5 query: every white-space separated term becomes a quoted string
/// (FTS5 "strings", https://sqlite.org/fts5.html#fts5_strings), so punctuation, operators (AND, NEAR, -, *) and
/// column filters in user text are matched as words, never parsed as syntax. The terms are ANDed.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 expression, or null when the text has no letter or digit to search for.</summary>
    public static string? FromUserText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var term in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // A term of punctuation only tokenises to nothing and would make an empty phrase.
            if (!term.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            // Inside an FTS5 string a double quote is written twice.
            builder.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}