using System.Globalization;

namespace Sitrep.Ingest;

/// <summary>Turns feed items that carry the full story into articles, and resolves the links of those that do not.</summary>
internal static class FeedItemArticles
{
    // Teasers run one to three sentences (under ~300 characters); a story of fewer than ~400 is not worth analysing
    // on its own when its page can be fetched instead.
    private const int MinFullTextChars = 400;

    public static bool HasFullText(FeedItem item) => item.Text.Length >= MinFullTextChars;

    public static ReadOutcome FromContent(FeedItem item, FeedDocument feed, InputSource source, int number, IReadOnlyList<Diagnostic> warnings)
    {
        var link = ResolveLink(item.Link, source.Origin.Url);
        var id = link is not null ? ArticleIds.FromUrl(link)
            : item.Guid is not null ? ArticleIds.FromUrl(item.Guid)
            : ArticleIds.FromBody(item.Text);
        var origin = new ArticleOrigin(Path: source.Origin.Path, Url: link, Feed: source.Input, Line: number);
        var article = new Article(id, item.Text, origin)
        {
            Title = item.Title,
            Published = item.Published,
            Url = link,
            Outlet = feed.Title,
            Language = Language(feed.Language) ?? "en",
        };
        return new ArticleRead(article, warnings);
    }

    /// <summary>The absolute http(s) form of <paramref name="link"/> (relative links resolve against the feed URL), or null.</summary>
    public static string? ResolveLink(string? link, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        // On Unix "/path" parses as an absolute file URI, so only http(s) results count.
        if (Uri.TryCreate(link.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, link.Trim(), out var resolved) && resolved.Scheme is "http" or "https"
            ? resolved.AbsoluteUri
            : null;
    }

    private static string? Language(string? code)
    {
        var primary = code?.Split('-', '_')[0].Trim().ToLower(CultureInfo.InvariantCulture);
        return primary is { Length: 2 } ? primary : null;
    }
}