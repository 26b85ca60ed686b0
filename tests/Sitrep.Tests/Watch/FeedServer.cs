using System.Collections.Concurrent;
using System.Net;
using System.Security;
using System.Text;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Watch;

/// <summary>
/// A misbehaving feed server on 127.0.0.1 for the watch tests: a feed whose items and ETag the test changes between
/// polls (answering If-None-Match with 304), article pages, and whatever failing routes a test maps. Counts requests by path.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly LocalHttpServer http = new();
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private volatile string feedXml = "";
    private volatile string etag = "\"0\"";

    public FeedServer() => http.Map("feed.xml", ServeFeedAsync);

    public string FeedUrl => http.Url("feed.xml");

    public string Url(string path) => http.Url(path);

    private int notModified;

    /// <summary>Conditional requests the feed answered with 304.</summary>
    public int NotModifiedAnswers => Volatile.Read(ref notModified);

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Hits(string path) => hits.GetValueOrDefault("/" + path.TrimStart('/'));

    /// <summary>Serves an RSS feed linking to <paramref name="pages"/> (short teasers, so each page is fetched), under <paramref name="tag"/>.</summary>
    public void SetFeed(string tag, params string[] pages)
    {
        var items = string.Concat(pages.Select(p => $"<item><title>{p}</title><link>{SecurityElement.Escape(Url(p))}</link><description>Teaser.</description></item>"));
        SetFeedXml(tag, $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local Wire</title>{items}</channel></rss>");
    }

    public void SetFeedXml(string tag, string xml)
    {
        feedXml = xml;
        etag = $"\"{tag}\"";
    }

    /// <summary>Serves a news page at <paramref name="path"/> whose story mentions <paramref name="place"/> (distinct bodies, distinct articles).</summary>
    public void Page(string path, string place) => Map(path, (context, ct) => LocalHttpServer.WriteAsync(
        context,
        "text/html; charset=utf-8",
        Encoding.UTF8.GetBytes($"<html><head><title>Clashes in {place}</title></head><body><article><p>Clashes broke out in {place} on Tuesday, killing 3 people, officials said. Police arrested 12 protesters near the market of {place} and said an investigation into the violence had been opened.</p></article></body></html>"),
        ct));

    public void Map(string path, Func<HttpListenerContext, CancellationToken, Task> handler) =>
        http.Map(path, async (context, ct) =>
        {
            hits.AddOrUpdate(context.Request.Url!.AbsolutePath, 1, (_, n) => n + 1);
            await handler(context, ct);
        });

    public static Task Status(HttpListenerContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Close();
        return Task.CompletedTask;
    }

    public static Task Redirect(HttpListenerContext context, string location)
    {
        context.Response.StatusCode = 302;
        context.Response.RedirectLocation = location;
        context.Response.Close();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => http.DisposeAsync();

    private Task ServeFeedAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        hits.AddOrUpdate("/feed.xml", 1, (_, n) => n + 1);
        var tag = etag;
        if (context.Request.Headers["If-None-Match"] == tag)
        {
            Interlocked.Increment(ref notModified);
            return Status(context, 304);
        }

        context.Response.Headers["ETag"] = tag;
        return LocalHttpServer.WriteAsync(context, "application/rss+xml; charset=utf-8", Encoding.UTF8.GetBytes(feedXml), cancellationToken);
    }
}