using System.Net;
using System.Text;

using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class UrlReaderTests
{
    private static readonly string StoryHtml = File.ReadAllText(IngestTestPaths.Fixture("strike-report.html"));

    [Fact]
    public async Task Reads_an_html_page_with_an_honest_user_agent()
    {
        await using var server = new LocalHttpServer();
        server.MapText("story.html", "text/html; charset=utf-8", StoryHtml);
        var url = server.Url("story.html");

        var article = await ReaderRun.ReadOneAsync(url);
        Assert.Equal("Joint strike hits training camp near the border", article.Title);
        Assert.Equal(new DateOnly(2026, 3, 7), article.Published);
        Assert.Equal(url, article.Origin.Url);
        Assert.StartsWith("127.0.0.1_", article.Id, StringComparison.Ordinal);
        Assert.Equal(article.Id, (await ReaderRun.ReadOneAsync(url)).Id); // stable
        Assert.All(server.UserAgents, ua => Assert.Equal(InputReader.UserAgent, ua));
    }

    [Fact]
    public async Task Honours_the_charset_of_the_content_type_header()
    {
        await using var server = new LocalHttpServer();
        var html = StoryHtml.Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal)
            .Replace("the northern border", "the province of Sucumbíos", StringComparison.Ordinal)
            .Replace('“', '"').Replace('”', '"').Replace("©", "(c)", StringComparison.Ordinal);
        server.Map("latin1.html", (c, ct) => LocalHttpServer.WriteAsync(c, "text/html; charset=windows-1252", Encoding.Latin1.GetBytes(html), ct));
        var article = await ReaderRun.ReadOneAsync(server.Url("latin1.html"));
        Assert.Contains("province of Sucumbíos", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_plain_text_urls_with_the_text_conventions()
    {
        await using var server = new LocalHttpServer();
        server.MapText("story.txt", "text/plain", "date 2026-03-07\nStrike near border\n\nForces struck a camp.");
        var article = await ReaderRun.ReadOneAsync(server.Url("story.txt"));
        Assert.Equal(new DateOnly(2026, 3, 7), article.Published);
        Assert.Equal("Strike near border", article.Title);
        Assert.Equal(server.Url("story.txt"), article.Url);
    }

    [Theory]
    [InlineData("Strike near border\n\nForces struck a camp.", "Forces struck a camp.")]
    [InlineData("<html><body><p>Forces struck a camp.</p></body></html>", null)]
    public async Task Sniffs_a_response_without_a_content_type(string body, string? textBody)
    {
        await using var server = new LocalHttpServer();
        server.Map("unlabelled", async (c, ct) =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            c.Response.ContentLength64 = bytes.Length;
            await c.Response.OutputStream.WriteAsync(bytes, ct);
            c.Response.Close();
        });
        var outcomes = await ReaderRun.ReadAllAsync(server.Url("unlabelled"));
        if (textBody is null)
        {
            Assert.Equal("no article content found", Assert.Single(outcomes.Failures()).Message); // read as HTML: too short to be an article
        }
        else
        {
            Assert.Equal(textBody, Assert.Single(outcomes.Articles()).Body);
        }
    }

    [Fact]
    public async Task Fetches_the_pages_of_feed_items_that_only_link()
    {
        await using var server = new LocalHttpServer();
        server.MapText("news/one.html", "text/html", StoryHtml);
        server.MapText("news/two.html", "text/html", StoryHtml.Replace("<title>Joint strike", "<title>Second page", StringComparison.Ordinal)
            .Replace("\"headline\":\"Joint strike hits training camp near the border\",", string.Empty, StringComparison.Ordinal)
            .Replace("<meta property=\"og:title\" content=\"Joint strike hits camp near border\">", string.Empty, StringComparison.Ordinal));
        server.MapText("feed.xml", "application/rss+xml", $"""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Local feed</title>
              <item><title>One</title><link>{server.Url("news/one.html")}</link><pubDate>Sat, 07 Mar 2026 10:00:00 GMT</pubDate><description>Teaser.</description></item>
              <item><title>Two from the feed</title><link>/news/two.html</link><pubDate>Sun, 08 Mar 2026 10:00:00 GMT</pubDate></item>
              <item><title>Gone</title><link>{server.Url("news/missing.html")}</link></item>
            </channel></rss>
            """);
        var feedUrl = server.Url("feed.xml");
        var outcomes = await ReaderRun.ReadAllAsync(feedUrl);
        var articles = outcomes.Articles();
        Assert.Equal(2, articles.Count);
        Assert.All(articles, a => Assert.Equal(feedUrl, a.Origin.Feed));
        Assert.Equal(server.Url("news/one.html"), articles[0].Origin.Url);
        Assert.Equal("Joint strike hits training camp near the border", articles[0].Title);
        Assert.Equal(server.Url("news/two.html"), articles[1].Origin.Url); // relative link resolved against the feed
        Assert.StartsWith("Second page", articles[1].Title, StringComparison.Ordinal);
        var failure = Assert.Single(outcomes.Failures());
        Assert.Equal(server.Url("news/missing.html"), failure.Input);
        Assert.Equal("HTTP 404 Not Found", failure.Message);
    }

    [Fact]
    public async Task Reads_the_feeds_an_opml_file_lists()
    {
        await using var server = new LocalHttpServer();
        server.MapText("atom", "application/atom+xml", File.ReadAllText(IngestTestPaths.Fixture("feed.atom")));
        using var temp = new TempFolder();
        var opml = temp.Write("subs.opml", $"""
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Subscriptions</title></head><body>
              <outline text="News"><outline text="Atom" type="rss" xmlUrl="{server.Url("atom")}"/></outline>
              <outline text="Local" type="rss" xmlUrl="feeds/local.xml"/>
            </body></opml>
            """);
        var outcomes = await ReaderRun.ReadAllAsync(opml);
        Assert.Equal("Flooding displaces thousands", Assert.Single(outcomes.Articles()).Title);
        Assert.Contains("is not http(s)", Assert.Single(outcomes.Failures()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_an_unsupported_content_type_by_name()
    {
        await using var server = new LocalHttpServer();
        server.Map("report.pdf", (c, ct) => LocalHttpServer.WriteAsync(c, "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n"), ct));
        var diagnostic = await ReaderRun.FailOneAsync(server.Url("report.pdf"));
        Assert.Equal("unsupported content type application/pdf", diagnostic.Message);
        Assert.Equal(server.Url("report.pdf"), diagnostic.Input);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public async Task Follows_at_most_five_redirects(int hops, bool reachable)
    {
        await using var server = new LocalHttpServer();
        for (var i = 0; i < hops; i++)
        {
            MapRedirect(server, $"hop/{i}", server.Url($"hop/{i + 1}"));
        }

        server.MapText($"hop/{hops}", "text/html", StoryHtml);
        var outcomes = await ReaderRun.ReadAllAsync(server.Url("hop/0"));
        if (reachable)
        {
            Assert.Equal("Joint strike hits training camp near the border", Assert.Single(outcomes.Articles()).Title);
        }
        else
        {
            Assert.Contains("too many redirects", Assert.Single(outcomes.Failures()).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_redirect_loop_fails()
    {
        await using var server = new LocalHttpServer();
        MapRedirect(server, "loop", server.Url("loop"));
        Assert.Contains("too many redirects", (await ReaderRun.FailOneAsync(server.Url("loop"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_reading_a_body_over_the_download_cap()
    {
        await using var server = new LocalHttpServer();
        var big = Encoding.ASCII.GetBytes("<html><body><p>" + new string('x', (int)(10.5 * 1024 * 1024)) + "</p></body></html>");
        server.Map("big.html", async (c, ct) =>
        {
            c.Response.ContentType = "text/html";
            c.Response.SendChunked = true; // no Content-Length: the cap must hold while reading
            await c.Response.OutputStream.WriteAsync(big, ct);
            c.Response.Close();
        });
        server.Map("declared.html", (c, ct) => LocalHttpServer.WriteAsync(c, "text/html", big, ct));
        Assert.Equal("larger than 10 MB", (await ReaderRun.FailOneAsync(server.Url("big.html"))).Message);
        Assert.StartsWith("larger than 10 MB", (await ReaderRun.FailOneAsync(server.Url("declared.html"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_response_times_out_with_the_reason()
    {
        await using var server = new LocalHttpServer();
        server.Map("slow.html", async (c, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            await LocalHttpServer.WriteAsync(c, "text/html", Encoding.UTF8.GetBytes(StoryHtml), ct);
        });
        var options = new InputReaderOptions { HttpTimeout = TimeSpan.FromMilliseconds(300) };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostic = await ReaderRun.FailOneAsync(server.Url("slow.html"), options);
        Assert.Equal("timed out after 0.3 s", diagnostic.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task The_timeout_holds_even_with_a_client_that_has_none()
    {
        await using var server = new LocalHttpServer();
        server.Map("slow.html", async (c, ct) => await Task.Delay(TimeSpan.FromSeconds(10), ct));
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var options = new InputReaderOptions { HttpTimeout = TimeSpan.FromMilliseconds(300) };
        var outcomes = await ReaderRun.ReadAllAsync(server.Url("slow.html"), options, client);
        Assert.StartsWith("timed out", Assert.Single(outcomes.Failures()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_host_fails_with_the_reason()
    {
        var url = $"http://127.0.0.1:{LocalHttpServer.FreePort()}/story.html";
        var diagnostic = await ReaderRun.FailOneAsync(url);
        Assert.Equal(url, diagnostic.Input);
        Assert.StartsWith("unreachable", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_names_the_status()
    {
        await using var server = new LocalHttpServer();
        server.Map("error", (c, _) =>
        {
            c.Response.StatusCode = 503;
            c.Response.Close();
            return Task.CompletedTask;
        });
        Assert.StartsWith("HTTP 503", (await ReaderRun.FailOneAsync(server.Url("error"))).Message, StringComparison.Ordinal);
    }

    private static void MapRedirect(LocalHttpServer server, string path, string target) =>
        server.Map(path, (c, _) =>
        {
            c.Response.StatusCode = (int)HttpStatusCode.Found;
            c.Response.RedirectLocation = target;
            c.Response.Close();
            return Task.CompletedTask;
        });
}