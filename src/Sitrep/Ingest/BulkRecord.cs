namespace Sitrep.Ingest;

/// <summary>
/// One row of a bulk file (JSON Lines, CSV, JSON): the fields <c>id, url, title, outlet, published, text</c>.
/// A few common synonyms are accepted (body/content for text, date for published, headline for title, source for
/// outlet) because exports from news APIs and scrapers use them; other fields are ignored.
/// </summary>
internal sealed record BulkRecord(string? Id, string? Url, string? Title, string? Outlet, string? Published, string? Text)
{
    public static readonly IReadOnlyList<string> TextFields = ["text", "body", "content"];
    public static readonly IReadOnlyList<string> PublishedFields = ["published", "date", "published_at", "datePublished"];
    public static readonly IReadOnlyList<string> TitleFields = ["title", "headline"];
    public static readonly IReadOnlyList<string> OutletFields = ["outlet", "source", "publisher"];

    /// <summary>The article for this row, or a failure naming the row.</summary>
    /// <param name="source">The bulk file.</param>
    /// <param name="location">"line N" or "record N".</param>
    /// <param name="number">N, kept in the origin.</param>
    /// <param name="fallbackId">An id that wins over the row's own (a single-article JSON file is named by its file name).</param>
    /// <param name="warnings">Repairs made while decoding the file, passed on to each article.</param>
    public ReadOutcome ToOutcome(InputSource source, string? location, int? number, string? fallbackId, IReadOnlyList<Diagnostic> warnings)
    {
        var body = Text?.Trim();
        if (string.IsNullOrEmpty(body))
        {
            return source.Fail("no text (expected a non-empty \"text\" field)", location);
        }

        var published = PublishedDate.Parse(Published);
        var rowWarnings = warnings;
        if (published is null && !string.IsNullOrWhiteSpace(Published))
        {
            rowWarnings = [.. warnings, new Diagnostic(source.Input, location, $"published \"{Published}\" is not a date (expected YYYY-MM-DD); kept as unknown", DiagnosticSeverity.Warning)];
        }

        var id = fallbackId ?? ArticleIds.For(Id, Url, body);
        var article = new Article(id, body, source.Origin with { Line = number })
        {
            Url = NonEmpty(Url),
            Title = NonEmpty(Title),
            Outlet = NonEmpty(Outlet),
            Published = published,
        };
        return new ArticleRead(article, rowWarnings);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}