using Sitrep.Ingest;

namespace Sitrep.Fuzz;

/// <summary>
/// The readers a hostile file or feed reaches, each entered where <c>InputReader</c> enters it after sniffing: bytes
/// decoded as the format would be, then parsed, every outcome enumerated. A reader promises never to throw, so any
/// exception is a finding.
/// </summary>
internal static class ReaderTargets
{
    private static readonly InputSource Source = new("/fuzz/input", "input", new ArticleOrigin(Path: "/fuzz/input"));

    public static void Text(byte[] bytes) => Parse(bytes, InputFormat.Text, (text, warnings) => [PlainTextArticleParser.Parse(text, Source, warnings)]);

    public static void Html(byte[] bytes) => Parse(bytes, InputFormat.Html, (text, warnings) => [HtmlArticleParser.Parse(text, Source, null, warnings, CancellationToken.None)]);

    public static void Json(byte[] bytes) => Parse(bytes, InputFormat.Json, (text, warnings) => JsonArticleParser.ParseDocument(text, Source, warnings, CancellationToken.None));

    public static void JsonLines(byte[] bytes) => Parse(bytes, InputFormat.JsonLines, (text, warnings) => JsonArticleParser.ParseLines(text, Source, warnings, CancellationToken.None));

    public static void Csv(byte[] bytes) => Parse(bytes, InputFormat.Csv, (text, warnings) => CsvArticleParser.Parse(text, Source, warnings, CancellationToken.None));

    // RSS, Atom and OPML: items with full text become articles; links are resolved but never fetched.
    public static void Feed(byte[] bytes) => Parse(bytes, InputFormat.Feed, (text, warnings) =>
    {
        var outcomes = new List<ReadOutcome>();
        if (FeedDocument.Parse(text, out _) is { } feed)
        {
            var number = 0;
            foreach (var item in feed.Items)
            {
                number++;
                outcomes.Add(FeedItemArticles.HasFullText(item)
                    ? FeedItemArticles.FromContent(item, feed, Source, number, warnings)
                    : Source.Fail(FeedItemArticles.ResolveLink(item.Link, null) ?? "no link"));
            }
        }

        foreach (var url in OpmlDocument.FeedUrls(text, out _) ?? [])
        {
            _ = FeedItemArticles.ResolveLink(url, null);
        }

        return outcomes;
    });

    // The format the detector picks for unlabelled bytes, then that format's reader: the path of a file without a
    // known extension.
    public static void Sniffed(byte[] bytes)
    {
        var format = InputFormatDetector.Sniff(bytes, InputFormatDetector.GuessUnlabelled(bytes));
        Action<byte[]> reader = format switch
        {
            InputFormat.Html => Html,
            InputFormat.Json => Json,
            InputFormat.JsonLines => JsonLines,
            InputFormat.Csv => Csv,
            InputFormat.Feed or InputFormat.Opml => Feed,
            _ => Text,
        };
        reader(bytes);
    }

    private static void Parse(byte[] bytes, InputFormat format, Func<string, IReadOnlyList<Diagnostic>, IEnumerable<ReadOutcome>> parse)
    {
        var decoded = TextDecoder.Decode(bytes, Source.Input, null, format);
        if (decoded.Text is null)
        {
            return;
        }

        foreach (var outcome in parse(decoded.Text, decoded.Warnings))
        {
            if (outcome is ArticleRead { Article: var article } && string.IsNullOrWhiteSpace(article.Body))
            {
                throw new InvalidOperationException($"article {article.Id} was read with an empty body");
            }
        }
    }
}