using AngleSharp.Html.Parser;

namespace Sitrep.Ingest;

/// <summary>
/// Reads a news page: metadata from the page head (<see cref="HtmlMetadata"/>), main content with SmartReader
/// (a port of Mozilla Readability, the extractor behind Firefox Reader View) so menus, ads and related links are dropped.
/// </summary>
internal static class HtmlArticleParser
{
    // Below this a page's text is a caption or a teaser rather than a report.
    private const int MinShortArticleChars = 150;

    public static ReadOutcome Parse(string html, InputSource source, string? pageUrl, IReadOnlyList<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (HtmlNesting.MaxDepthOf(html) > HtmlNesting.MaxDepth)
        {
            return source.Fail($"HTML nested deeper than {HtmlNesting.MaxDepth} levels; not parsed");
        }

        // The page is parsed once: metadata and the short-article fallback are read before SmartReader, which
        // rewrites the tree as it extracts.
        var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.Extract(document);
        var fallback = ShortArticleText(document, metadata);

        // SmartReader needs an absolute URI to resolve links; a local file gets its file:// URI.
        var baseUri = pageUrl ?? (source.Origin.Path is { } path ? new Uri(Path.GetFullPath(path)).AbsoluteUri : "https://localhost/");
        SmartReader.Article extracted;
        try
        {
            using var reader = new SmartReader.Reader(baseUri, document) { Debug = false };
            extracted = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return source.Fail($"HTML extraction failed: {ex.Message}");
        }

        var body = extracted.IsReadable && !string.IsNullOrWhiteSpace(extracted.Content) ? HtmlText.FromFragment(extracted.Content) : string.Empty;
        if (string.IsNullOrWhiteSpace(body))
        {
            // Readability gives up below 500 characters (its charThreshold), which loses short wire briefs.
            body = fallback;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return source.Fail("no article content found");
        }

        var title = metadata.Title ?? NonEmpty(extracted.Title);
        var published = metadata.Published ?? (extracted.PublicationDate is DateTime date ? DateOnly.FromDateTime(date) : null);
        var article = new Article(source.Id, body, source.Origin)
        {
            Title = title,
            Published = published,
            Outlet = metadata.Outlet ?? NonEmpty(extracted.SiteName),
            Url = AbsoluteUrl(metadata.CanonicalUrl, pageUrl) ?? pageUrl,
            Language = metadata.Language ?? "en",
        };
        return new ArticleRead(article, warnings);
    }

    // A short page still says where its story is: JSON-LD articleBody, or a single <article> element.
    private static string ShortArticleText(AngleSharp.Html.Dom.IHtmlDocument document, HtmlMetadata metadata)
    {
        if (metadata.ArticleBody is { Length: >= MinShortArticleChars } articleBody)
        {
            return articleBody;
        }

        var articles = document.QuerySelectorAll("article");
        if (articles.Length != 1)
        {
            return string.Empty;
        }

        var text = HtmlText.FromNode(articles[0]);
        return text.Length >= MinShortArticleChars ? text : string.Empty;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? AbsoluteUrl(string? url, string? pageUrl)
    {
        if (url is null)
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        return pageUrl is not null && Uri.TryCreate(new Uri(pageUrl), url, out var resolved) ? resolved.AbsoluteUri : null;
    }
}