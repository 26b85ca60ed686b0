using System.Globalization;

namespace Sitrep.Ingest;

/// <summary>
/// NUL characters (U+0000) in an article's text, which reach it through JSON's \u0000 or a decoded file: no news text
/// means them, and PostgreSQL's text type cannot hold them (one would fail the whole batch it is written in), so every
/// reader replaces them with U+FFFD before any store sees the article, the same for SQLite and PostgreSQL, and says so.
/// </summary>
internal static class NulCharacters
{
    private const char Nul = '\0';
    private const char Replacement = '\uFFFD';

    /// <summary>The outcome with NULs replaced in the article's id, text and metadata, and a warning naming how many; else unchanged.</summary>
    public static ReadOutcome Replace(ReadOutcome outcome)
    {
        if (outcome is not ArticleRead { Article: var a } read || !Has(a))
        {
            return outcome;
        }

        var count = Count(a.Id) + Count(a.Body) + Count(a.Title) + Count(a.Outlet) + Count(a.Url) + Count(a.Language);
        var article = new Article(Clean(a.Id)!, Clean(a.Body)!, a.Origin)
        {
            Title = Clean(a.Title),
            Outlet = Clean(a.Outlet),
            Url = Clean(a.Url),
            Published = a.Published,
            Language = Clean(a.Language)!,
        };
        var warning = new Diagnostic(
            a.Origin.Path ?? a.Origin.Url ?? a.Id,
            a.Origin.Line is int line ? "record " + line.ToString(CultureInfo.InvariantCulture) : null,
            $"article {article.Id}: {count.ToString(CultureInfo.InvariantCulture)} NUL character(s) replaced by U+FFFD (a store cannot hold them)",
            DiagnosticSeverity.Warning);
        return new ArticleRead(article, [.. read.Warnings, warning]);
    }

    private static bool Has(Article a) =>
        Count(a.Id) + Count(a.Body) + Count(a.Title) + Count(a.Outlet) + Count(a.Url) + Count(a.Language) > 0;

    private static int Count(string? text) => text is null ? 0 : text.AsSpan().Count(Nul);

    private static string? Clean(string? text) => text?.Replace(Nul, Replacement);
}