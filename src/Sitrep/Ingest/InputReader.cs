using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;

namespace Sitrep.Ingest;

/// <summary>
/// Reads articles from what a user names on the command line: a file, a folder (recursively), or an http(s) URL.
/// Text, HTML, JSON Lines, JSON, CSV, RSS/Atom and OPML are recognised by extension or content type, then by content.
/// Bad input never throws: each problem is a <see cref="ReadFailed"/> naming the input and the reason.
/// </summary>
public sealed class InputReader
{
    /// <summary>The User-Agent sent with every request: honest about what is fetching and why (RFC 9110 §10.1.5).</summary>
    public const string UserAgent = "Sitrep/0.1 (+https://github.com/sitrep; news event extraction)";

    private readonly InputReaderOptions _options;
    private readonly HttpFetcher _fetcher;

    /// <summary>Creates a reader that fetches URLs with <paramref name="httpClient"/> (see <see cref="CreateHttpClient"/>).</summary>
    public InputReader(HttpClient httpClient, InputReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _options = options ?? new InputReaderOptions();
        _fetcher = new HttpFetcher(httpClient, _options);
    }

    /// <summary>
    /// An <see cref="HttpClient"/> fit for fetching news: the Sitrep User-Agent, the configured timeout, gzip/deflate/brotli
    /// decompression, and every connection through <see cref="GuardedConnector"/>. Redirects are followed by the reader
    /// (at most 5), which checks each hop's URL before sending it. The caller owns and disposes it.
    /// </summary>
    public static HttpClient CreateHttpClient(InputReaderOptions? options = null)
    {
        options ??= new InputReaderOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = new GuardedConnector(options.AllowLoopback).ConnectAsync,
            UseProxy = false, // a proxy would connect on our behalf, past the connect-time check
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.HttpTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = options.HttpTimeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8");
        return client;
    }

    /// <summary>
    /// Every article in <paramref name="input"/> (a file path, a folder or an http(s) URL), and every failure.
    /// Throws only <see cref="OperationCanceledException"/>.
    /// </summary>
    public async IAsyncEnumerable<ReadOutcome> ReadAsync(string input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var outcome in ReadInputAsync(input, cancellationToken).ConfigureAwait(false))
        {
            yield return WithDefaultOutlet(outcome);
        }
    }

    // Every article leaves the reader through here: the default outlet filled in, NULs replaced (NulCharacters).
    private ReadOutcome WithDefaultOutlet(ReadOutcome outcome) =>
        NulCharacters.Replace(outcome is ArticleRead { Article.Outlet: null } read && _options.DefaultOutlet is { } outlet
            ? read with { Article = read.Article with { Outlet = outlet } }
            : outcome);

    private async IAsyncEnumerable<ReadOutcome> ReadInputAsync(string input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(input))
        {
            yield return new ReadFailed(new Diagnostic(input ?? string.Empty, null, "empty input name"));
            yield break;
        }

        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            await foreach (var outcome in ReadUrlAsync(input, null, UrlDepth.Named, null, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }

            yield break;
        }

        if (input.Contains("://", StringComparison.Ordinal))
        {
            yield return new ReadFailed(new Diagnostic(input, null, "unsupported URL scheme (expected http or https)"));
            yield break;
        }

        if (Directory.Exists(input))
        {
            var files = FolderWalker.Files(input, cancellationToken);
            if (files.Count == 0)
            {
                yield return new ReadFailed(new Diagnostic(input, null, "folder has no files"));
            }

            foreach (var file in files)
            {
                await foreach (var outcome in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
                {
                    yield return outcome;
                }
            }

            yield break;
        }

        if (!File.Exists(input))
        {
            yield return new ReadFailed(new Diagnostic(input, null, "no such file or folder"));
            yield break;
        }

        await foreach (var outcome in ReadFileAsync(input, cancellationToken).ConfigureAwait(false))
        {
            yield return outcome;
        }
    }

    private async IAsyncEnumerable<ReadOutcome> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = new InputSource(path, Path.GetFileNameWithoutExtension(path) is { Length: > 0 } stem ? stem : Path.GetFileName(path), new ArticleOrigin(Path: path));
        var (bytes, failure) = await LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            yield return source.Fail(failure!);
            yield break;
        }

        var byName = InputFormatDetector.FromExtension(path);
        var format = byName is null or InputFormat.Feed ? InputFormatDetector.Sniff(bytes, byName ?? InputFormat.Text) : byName.Value;
        await foreach (var outcome in ReadContentAsync(bytes, format, null, source, null, cancellationToken).ConfigureAwait(false))
        {
            yield return WithinArticleCap(outcome);
        }
    }

    // One article's body is bounded whatever the container: a 50 MB CSV field is not a news report, and storing and
    // analysing it would cost gigabytes.
    private ReadOutcome WithinArticleCap(ReadOutcome outcome) =>
        outcome is ArticleRead { Article: var article } && article.Body.Length > _options.MaxArticleChars
            ? new ReadFailed(new Diagnostic(
                article.Origin.Path ?? article.Origin.Url ?? article.Id,
                article.Origin.Line is int line ? "record " + line.ToString(CultureInfo.InvariantCulture) : null,
                $"article {article.Id} has {article.Body.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, over the {_options.MaxArticleChars.ToString("N0", CultureInfo.InvariantCulture)}-character limit for one article; not stored"))
            : outcome;

    private async Task<(byte[]? Bytes, string? Failure)> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _options.MaxFileBytes)
            {
                return (null, $"file is {ByteSize.Format(length)}, larger than the {ByteSize.Format(_options.MaxFileBytes)} limit; not read");
            }

            return length == 0 ? (null, "empty file") : (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read: " + ex.Message);
        }
    }

    private async IAsyncEnumerable<ReadOutcome> ReadUrlAsync(string url, string? feed, UrlDepth depth, FeedItem? item, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = new InputSource(url, ArticleIds.FromUrl(url), new ArticleOrigin(Url: url, Feed: feed));
        var fetched = await _fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (fetched.Failure is not null)
        {
            yield return source.Fail(fetched.Failure);
            yield break;
        }

        var declared = InputFormatDetector.FromMediaType(fetched.MediaType);
        var format = declared is null or InputFormat.Html or InputFormat.Text or InputFormat.Feed
            ? InputFormatDetector.Sniff(fetched.Bytes, declared ?? InputFormatDetector.GuessUnlabelled(fetched.Bytes))
            : declared.Value;
        // Lists are followed one level only, so a feed or OPML file that lists itself cannot loop.
        if ((format == InputFormat.Opml && depth != UrlDepth.Named) || (format == InputFormat.Feed && depth == UrlDepth.FeedItem))
        {
            yield return source.Fail($"{(depth == UrlDepth.FeedItem ? "a feed item's link" : "a listed feed")} leads to another list; not followed");
            yield break;
        }

        await foreach (var outcome in ReadContentAsync(fetched.Bytes, format, fetched.Charset, source, fetched.FinalUrl, cancellationToken).ConfigureAwait(false))
        {
            // A page often lacks metadata its feed item has.
            yield return item is not null && WithinArticleCap(outcome) is ArticleRead read
                ? read with { Article = read.Article with { Title = read.Article.Title ?? item.Title, Published = read.Article.Published ?? item.Published } }
                : WithinArticleCap(outcome);
        }
    }

    private async IAsyncEnumerable<ReadOutcome> ReadContentAsync(byte[] bytes, InputFormat format, string? charset, InputSource source, string? pageUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(bytes, source.Input, charset, format);
        if (decoded.Text is null)
        {
            yield return source.Fail(decoded.Failure!);
            yield break;
        }

        var text = decoded.Text;
        var warnings = decoded.Warnings;
        switch (format)
        {
            case InputFormat.Text:
                yield return PlainTextArticleParser.Parse(text, source, warnings);
                break;
            case InputFormat.Html:
                yield return HtmlArticleParser.Parse(text, source, pageUrl, warnings, cancellationToken);
                break;
            case InputFormat.JsonLines:
                foreach (var outcome in JsonArticleParser.ParseLines(text, source, warnings, cancellationToken))
                {
                    yield return outcome;
                }

                break;
            case InputFormat.Json:
                foreach (var outcome in JsonArticleParser.ParseDocument(text, source, warnings, cancellationToken))
                {
                    yield return outcome;
                }

                break;
            case InputFormat.Csv:
                foreach (var outcome in CsvArticleParser.Parse(text, source, warnings, cancellationToken))
                {
                    yield return outcome;
                }

                break;
            case InputFormat.Feed:
                await foreach (var outcome in ReadFeedAsync(text, source, warnings, cancellationToken).ConfigureAwait(false))
                {
                    yield return outcome;
                }

                break;
            case InputFormat.Opml:
                await foreach (var outcome in ReadOpmlAsync(text, source, cancellationToken).ConfigureAwait(false))
                {
                    yield return outcome;
                }

                break;
        }
    }

    private async IAsyncEnumerable<ReadOutcome> ReadFeedAsync(string xml, InputSource source, IReadOnlyList<Diagnostic> warnings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var feed = FeedDocument.Parse(xml, out var failure);
        if (feed is null)
        {
            yield return source.Fail(failure!);
            yield break;
        }

        if (feed.Items.Count == 0)
        {
            yield return source.Fail("feed has no items");
        }

        var number = 0;
        foreach (var item in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            await foreach (var outcome in ReadFeedItemAsync(item, feed, source, number, warnings, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>The article of one feed item: its own full text, or else the page it links to (fetched; not a further list).</summary>
    internal async IAsyncEnumerable<ReadOutcome> ReadFeedItemAsync(
        FeedItem item, FeedDocument feed, InputSource source, int number, IReadOnlyList<Diagnostic> warnings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (FeedItemArticles.HasFullText(item))
        {
            yield return WithDefaultOutlet(WithinArticleCap(FeedItemArticles.FromContent(item, feed, source, number, warnings)));
        }
        else if (FeedItemArticles.ResolveLink(item.Link, source.Origin.Url) is { } link)
        {
            await foreach (var outcome in ReadUrlAsync(link, source.Input, UrlDepth.FeedItem, item, cancellationToken).ConfigureAwait(false))
            {
                yield return WithDefaultOutlet(outcome);
            }
        }
        else
        {
            yield return source.Fail("feed item has neither full text nor an http(s) link", "item " + number.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>One GET through this reader's fetch policy, deadlines and retries (the only HTTP path there is).</summary>
    internal Task<FetchedResource> FetchAsync(string url, CacheValidators validators, CancellationToken cancellationToken) =>
        _fetcher.FetchAsync(url, cancellationToken, validators);

    /// <summary>The reader's limits.</summary>
    internal InputReaderOptions Options => _options;

    private async IAsyncEnumerable<ReadOutcome> ReadOpmlAsync(string xml, InputSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var urls = OpmlDocument.FeedUrls(xml, out var failure);
        if (urls is null || urls.Count == 0)
        {
            yield return source.Fail(failure ?? "OPML lists no feeds (no outline with xmlUrl)");
            yield break;
        }

        foreach (var url in urls)
        {
            if (FeedItemArticles.ResolveLink(url, null) is null)
            {
                yield return source.Fail($"feed URL \"{url}\" is not http(s)");
                continue;
            }

            await foreach (var outcome in ReadUrlAsync(url, null, UrlDepth.ListedFeed, null, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
    }
}