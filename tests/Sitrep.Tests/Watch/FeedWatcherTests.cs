using System.Text;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Watch;

/// <summary>
/// sitrep watch against a local feed server (issue 21, part 3): a feed that changes between polls, conditional GETs,
/// nothing fetched twice across a restart, and each way a server can misbehave survived and named.
/// </summary>
public sealed class FeedWatcherTests
{
    [Fact]
    public async Task A_changing_feed_stores_each_item_once_and_a_restart_fetches_nothing_again()
    {
        await using var server = new FeedServer();
        server.Page("a", "Kasese");
        server.Page("b", "Goma");
        server.Page("c", "Bunia");
        server.SetFeed("v1", "a", "b");
        await using var store = new WatchedStore();
        await store.OpenAsync();

        var first = await store.PollAsync(server.FeedUrl);
        Assert.Equal((FeedFetchStatus.Fetched, 2, 2, 0), (first.Status, first.Listed, first.New, first.Seen));

        var unchanged = await store.PollAsync(server.FeedUrl);
        Assert.Equal(FeedFetchStatus.NotModified, unchanged.Status);
        Assert.Equal(1, server.NotModifiedAnswers);

        server.SetFeed("v2", "c", "a", "b");
        var changed = await store.PollAsync(server.FeedUrl);
        Assert.Equal((FeedFetchStatus.Fetched, 3, 1, 2), (changed.Status, changed.Listed, changed.New, changed.Seen));

        await store.OpenAsync(); // a restart: new connections, nothing kept in memory
        var restarted = await store.PollAsync(server.FeedUrl);
        Assert.Equal(FeedFetchStatus.NotModified, restarted.Status); // the ETag came from the store

        server.SetFeed("v3", "c", "a", "b"); // a changed ETag on the same items
        var retagged = await store.PollAsync(server.FeedUrl);
        Assert.Equal((FeedFetchStatus.Fetched, 0, 3), (retagged.Status, retagged.New, retagged.Seen));

        Assert.Equal((1, 1, 1), (server.Hits("a"), server.Hits("b"), server.Hits("c")));
        Assert.Equal(3, await store.Articles.CountArticlesAsync(default));
    }

    [Fact]
    public async Task Full_text_items_are_stored_without_fetching_and_a_page_stored_by_ingest_is_not_fetched()
    {
        await using var server = new FeedServer();
        server.Page("known", "Kisumu");
        var story = string.Join(' ', Enumerable.Repeat("Flooding displaced thousands of families in Beira on Monday, the relief agency said.", 8));
        server.SetFeedXml("v1", $"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
            <item><title>Floods</title><guid isPermaLink="false">urn:floods</guid><description>{story}</description></item>
            <item><title>Known</title><link>{server.Url("known")}</link><description>Teaser.</description></item>
            </channel></rss>
            """);
        await using var store = new WatchedStore();
        await store.OpenAsync();
        using (var http = InputReader.CreateHttpClient(store.Reader))
        {
            var reader = new IngestRunner(new InputReader(http, store.Reader), store.Articles);
            await reader.RunAsync([server.Url("known")], null, default);
        }

        var poll = await store.PollAsync(server.FeedUrl);

        Assert.Equal((1, 1), (poll.New, poll.Duplicate));
        Assert.Equal(1, server.Hits("known")); // by the ingest only
        Assert.Contains("Beira", Assert.Single(poll.Stored).Article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_within_a_poll()
    {
        await using var server = new FeedServer();
        server.Page("a", "Kasese");
        server.SetFeed("v1", "a");
        var calls = 0;
        server.Map("flaky.xml", (context, ct) => Interlocked.Increment(ref calls) <= 2
            ? FeedServer.Status(context, 503)
            : FeedServer.Redirect(context, server.FeedUrl));
        await using var store = new WatchedStore(new InputReaderOptions { AllowLoopback = true, TransientRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(5) });
        await store.OpenAsync();

        var poll = await store.PollAsync(server.Url("flaky.xml"));

        Assert.Equal(FeedFetchStatus.Fetched, poll.Status);
        Assert.Equal(1, poll.New);
        Assert.Equal(3, server.Hits("flaky.xml"));
    }

    [Fact]
    public async Task A_failing_feed_backs_off_doubling_and_a_success_resets_the_schedule()
    {
        await using var server = new FeedServer();
        var broken = true;
        server.SetFeed("v1");
        server.Map("down.xml", (context, ct) => broken ? FeedServer.Status(context, 500) : FeedServer.Redirect(context, server.FeedUrl));
        await using var store = new WatchedStore(watch: new WatchOptions { Interval = TimeSpan.FromMinutes(5) });
        await store.OpenAsync();
        var now = store.Clock.GetUtcNow();

        var first = await store.PollAsync(server.Url("down.xml"));
        var second = await store.PollAsync(server.Url("down.xml"));
        var failing = await store.State.GetFeedAsync(server.Url("down.xml"), default);
        broken = false;
        var third = await store.PollAsync(server.Url("down.xml"));

        Assert.Equal("HTTP 500 Internal Server Error", first.Failure);
        Assert.Equal(now.AddMinutes(10), first.NextPollAt);
        Assert.Equal(now.AddMinutes(20), second.NextPollAt);
        Assert.Equal((2, "HTTP 500 Internal Server Error"), (failing!.Failures, failing.LastError));
        Assert.Null(third.Failure);
        Assert.Equal(now.AddMinutes(5), third.NextPollAt);
        Assert.Equal(0, (await store.State.GetFeedAsync(server.Url("down.xml"), default))!.Failures);
    }

    [Fact]
    public async Task Slow_endless_and_looping_feeds_fail_alone_each_with_its_reason()
    {
        await using var server = new FeedServer();
        server.Map("slow.xml", async (context, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), ct);
            await FeedServer.Status(context, 200);
        });
        server.Map("endless.xml", async (context, ct) =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.SendChunked = true;
            var chunk = Encoding.UTF8.GetBytes(new string('x', 8192));
            while (!ct.IsCancellationRequested)
            {
                await context.Response.OutputStream.WriteAsync(chunk, ct);
            }
        });
        server.Map("loop.xml", (context, ct) => FeedServer.Redirect(context, server.Url("loop.xml")));
        server.Map("metadata.xml", (context, ct) => FeedServer.Redirect(context, "http://169.254.169.254/latest/meta-data/"));
        server.Page("a", "Kasese");
        server.SetFeed("v1", "a");
        await using var store = new WatchedStore(new InputReaderOptions { AllowLoopback = true, HttpTimeout = TimeSpan.FromMilliseconds(500), MaxDownloadBytes = 64 * 1024 });
        await store.OpenAsync();

        var slow = await store.PollAsync(server.Url("slow.xml"));
        var endless = await store.PollAsync(server.Url("endless.xml"));
        var loop = await store.PollAsync(server.Url("loop.xml"));
        var metadata = await store.PollAsync(server.Url("metadata.xml"));
        var good = await store.PollAsync(server.FeedUrl);

        Assert.StartsWith("timed out after 0.5 s", slow.Failure, StringComparison.Ordinal);
        Assert.StartsWith("larger than 64 KB", endless.Failure, StringComparison.Ordinal);
        Assert.StartsWith("too many redirects", loop.Failure, StringComparison.Ordinal);
        Assert.Equal(1 + HttpFetcherRedirects, server.Hits("loop.xml"));
        Assert.Contains("169.254.169.254 is the cloud metadata address", metadata.Failure, StringComparison.Ordinal);
        Assert.Equal((FeedFetchStatus.Fetched, 1), (good.Status, good.New));
    }

    [Fact]
    public async Task An_item_redirecting_to_a_private_address_is_refused_and_given_up_after_its_attempts()
    {
        await using var server = new FeedServer();
        server.Map("inward", (context, ct) => FeedServer.Redirect(context, "http://10.0.0.7/admin"));
        server.Page("a", "Kasese");
        server.SetFeed("v1", "inward", "a");
        await using var store = new WatchedStore(watch: new WatchOptions { MaxItemAttempts = 2 });
        await store.OpenAsync();

        var first = await store.PollAsync(server.FeedUrl);
        server.SetFeed("v2", "inward", "a");
        var second = await store.PollAsync(server.FeedUrl);
        server.SetFeed("v3", "inward", "a");
        var third = await store.PollAsync(server.FeedUrl);

        var refusal = Assert.Single(first.ItemFailures);
        Assert.Contains("redirect to http://10.0.0.7/admin refused: host 10.0.0.7 is a private address", refusal.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (first.New, second.Seen));
        Assert.Single(second.ItemFailures);
        Assert.Empty(third.ItemFailures);
        Assert.Equal(2, third.Seen);
        Assert.Equal(2, server.Hits("inward"));
    }

    [Fact]
    public async Task Items_beyond_the_per_poll_cap_wait_for_the_next_poll()
    {
        await using var server = new FeedServer();
        server.Page("a", "Kasese");
        server.Page("b", "Goma");
        server.Page("c", "Bunia");
        server.SetFeed("v1", "a", "b", "c");
        await using var store = new WatchedStore(watch: new WatchOptions { MaxItemsPerPoll = 2 });
        await store.OpenAsync();

        var first = await store.PollAsync(server.FeedUrl);

        Assert.Equal((2, 2, 1), (first.Listed, first.New, first.OverCap));
        Assert.Equal(0, server.Hits("c"));
    }

    [Fact]
    public async Task A_feed_that_is_not_a_feed_fails_with_its_reason()
    {
        await using var server = new FeedServer();
        server.Page("page.html", "Goma");
        await using var store = new WatchedStore();
        await store.OpenAsync();

        var poll = await store.PollAsync(server.Url("page.html"));

        Assert.Equal(FeedFetchStatus.Failed, poll.Status);
        Assert.Equal("not an RSS or Atom feed (root element <html>)", poll.Failure);
    }

    private const int HttpFetcherRedirects = 5;
}