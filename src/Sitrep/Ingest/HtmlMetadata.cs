using System.Text.Json;

using AngleSharp.Html.Dom;

namespace Sitrep.Ingest;

/// <summary>
/// What a news page says about itself, in the order of trust outlets give it: JSON-LD <c>NewsArticle</c>
/// (schema.org, what search engines read), then Open Graph / <c>article:published_time</c> (ogp.me), then plain HTML.
/// </summary>
internal sealed record HtmlMetadata(string? Title, DateOnly? Published, string? Outlet, string? CanonicalUrl, string? Language, string? ArticleBody)
{
    public static HtmlMetadata Extract(IHtmlDocument document)
    {
        var jsonLd = JsonLdArticle.Find(document);
        var title = jsonLd?.Headline ?? Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? NonEmpty(document.Title);
        var published = PublishedDate.Parse(Meta(document, "article:published_time"))
            ?? PublishedDate.Parse(jsonLd?.DatePublished)
            ?? PublishedDate.Parse(Meta(document, "og:published_time") ?? Meta(document, "datePublished") ?? Meta(document, "date"))
            ?? PublishedDate.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var outlet = jsonLd?.Publisher ?? Meta(document, "og:site_name") ?? Meta(document, "application-name");
        var canonical = NonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Meta(document, "og:url");
        var language = PrimaryLanguage(document.DocumentElement.GetAttribute("lang"));
        return new HtmlMetadata(Clean(title), published, Clean(outlet), canonical?.Trim(), language, jsonLd?.ArticleBody?.Trim());
    }

    private static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return NonEmpty(meta.GetAttribute("content"));
            }
        }

        return null;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Clean(string? text) => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // "en-US" → "en": Article.Language is ISO 639-1.
    private static string? PrimaryLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        var primary = lang.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>The first schema.org article object among a page's JSON-LD blocks.</summary>
    private sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Publisher, string? ArticleBody)
    {
        public static JsonLdArticle? Find(IHtmlDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(JsonSurrogates.ReplaceLone(script.TextContent, out _), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                    if (FindIn(json.RootElement) is { } found)
                    {
                        return found;
                    }
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the page's other metadata still counts.
                }
            }

            return null;
        }

        private static JsonLdArticle? FindIn(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (FindIn(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (element.TryGetProperty("@graph", out var graph) && FindIn(graph) is { } inGraph)
            {
                return inGraph;
            }

            if (!IsArticleType(element))
            {
                return null;
            }

            return new JsonLdArticle(String(element, "headline") ?? String(element, "name"), String(element, "datePublished"), PublisherName(element), String(element, "articleBody"));
        }

        // NewsArticle and its kin (ReportageNewsArticle, AnalysisNewsArticle, Article, BlogPosting) all carry the fields.
        private static bool IsArticleType(JsonElement element)
        {
            if (!element.TryGetProperty("@type", out var type))
            {
                return false;
            }

            return type.ValueKind switch
            {
                JsonValueKind.String => IsArticleTypeName(type.GetString()),
                JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString())),
                _ => false,
            };
        }

        private static bool IsArticleTypeName(string? name) =>
            name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting");

        private static string? PublisherName(JsonElement element)
        {
            if (!element.TryGetProperty("publisher", out var publisher))
            {
                return null;
            }

            if (publisher.ValueKind == JsonValueKind.Array && publisher.GetArrayLength() > 0)
            {
                publisher = publisher[0];
            }

            return publisher.ValueKind switch
            {
                JsonValueKind.String => NonEmpty(publisher.GetString()),
                JsonValueKind.Object => String(publisher, "name"),
                _ => null,
            };
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? NonEmpty(value.GetString()) : null;
    }
}