using System.Text;

namespace Sitrep.Postgres;

/// <summary>
/// Prepares text for the <c>tsvector</c> search columns so that PostgreSQL search behaves like SQLite's FTS5
/// <c>unicode61</c> tokenizer whatever the database's locale: letters and digits form words, everything else separates
/// them, case is folded here (a database created with <c>LC_CTYPE=C</c> would not lower-case "Í"), and diacritics are
/// folded in SQL by <c>unaccent</c>; words are stemmed by the <c>sitrep_search</c> configuration (migration 1), as FTS5's
/// porter tokenizer stems them. User queries go through the same folding, one phrase per term, ANDed.
/// </summary>
internal static class SearchText
{
    /// <summary>At most this many characters of a text are indexed: a tsvector holds at most 1 MB.</summary>
    public const int MaxIndexedChars = 200_000;

    /// <summary>The SQL that turns a folded parameter into the stored vector.</summary>
    public static string VectorSql(string parameter) => $"to_tsvector('sitrep_search'::regconfig, unaccent({parameter}))";

    /// <summary>Lower-cased words separated by single spaces.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Composed form first, so that "i" + U+0301 is one letter that unaccent knows.
        var composed = text[..Math.Min(text.Length, MaxIndexedChars)].Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\0')
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The user's search as folded terms (white-space separated terms, each a phrase of its words), or null when no
    /// term has a letter or digit, in which case nothing can match (as in <c>FtsQuery</c>).
    /// </summary>
    public static IReadOnlyList<string>? Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Fold).Where(t => t.Length > 0).ToList();
        return terms.Count == 0 ? null : terms;
    }

    /// <summary>
    /// A condition that <paramref name="column"/> matches every term of the text array <paramref name="parameter"/>,
    /// each as a phrase: phraseto_tsquery makes "U.S." the phrase "u &lt;-&gt; s", as an FTS5 string does.
    /// </summary>
    public static string MatchSql(string column, string parameter) =>
        $"{column} @@ ALL (SELECT phraseto_tsquery('sitrep_search'::regconfig, unaccent(t)) FROM unnest({parameter}::text[]) t)";
}