using System.Text.Json;
using Sitrep.Tests.Watch;

namespace Sitrep.Cli.Tests;

/// <summary>
/// <c>sitrep watch</c> end to end: a feed served on loopback (reached through --allow-loopback) is polled, its items'
/// pages stored and analysed; a second process (a restart) answers 304 and fetches nothing; the feed changes and only
/// the new item is fetched. Bad feed lists are refused before anything is fetched.
/// </summary>
public sealed class WatchVerbTests
{
    [Fact]
    public async Task Watch_once_stores_new_items_and_a_restart_fetches_nothing_again()
    {
        using var temp = new TempFolder();
        var db = temp.File("watch.db");
        await using var server = new FeedServer();
        server.Page("a", "Kasese");
        server.Page("b", "Goma");
        server.Page("c", "Bunia");
        server.SetFeed("v1", "a", "b");
        var opml = temp.File("feeds.opml");
        File.WriteAllText(opml, $"<opml version=\"2.0\"><body><outline text=\"Local\" xmlUrl=\"{server.FeedUrl}\"/></body></opml>");
        string[] Watch(string input) => ["watch", "--once", "--json", "--allow-loopback", "--host-interval-ms", "0", "--threads", "1", "--db", db, input];

        var first = await SitrepProcess.RunAsync(temp.Path, Watch(opml));
        var restarted = await SitrepProcess.RunAsync(temp.Path, Watch(server.FeedUrl));
        server.SetFeed("v2", "c", "a", "b");
        var changed = await SitrepProcess.RunAsync(temp.Path, Watch(server.FeedUrl));
        var events = await SitrepProcess.RunAsync(temp.Path, "events", "--json", "--db", db);

        Assert.True(first.ExitCode == 0, first.ToString());
        var poll = Poll(first);
        Assert.Equal(("fetched", 2, 2), (poll.GetProperty("status").GetString(), poll.GetProperty("listed").GetInt32(), poll.GetProperty("new").GetInt32()));
        Assert.True(restarted.ExitCode == 0, restarted.ToString());
        Assert.Equal("not_modified", Poll(restarted).GetProperty("status").GetString());
        Assert.True(changed.ExitCode == 0, changed.ToString());
        Assert.Equal((1, 2), (Poll(changed).GetProperty("new").GetInt32(), Poll(changed).GetProperty("seen").GetInt32()));
        Assert.Equal((1, 1, 1), (server.Hits("a"), server.Hits("b"), server.Hits("c")));
        Assert.True(events.ExitCode == 0, events.ToString());
        Assert.Contains("Bunia", events.Stdout, StringComparison.Ordinal); // the new item was analysed into an event
    }

    [Fact]
    public async Task A_feed_list_naming_no_feed_is_refused_with_the_file_and_nothing_is_fetched()
    {
        using var temp = new TempFolder();
        var opml = temp.File("broken.opml");
        File.WriteAllText(opml, "<opml version=\"2.0\"><body><outline text=\"x\" xmlUrl=\"file:///etc/passwd\"/></body></opml>");

        var run = await SitrepProcess.RunAsync(temp.Path, "watch", "--once", "--db", temp.File("w.db"), opml, temp.File("missing.opml"), "ftp://example.org/feed");

        Assert.True(run.ExitCode == 2, run.ToString());
        // Standard error is wrapped to the console's width: compare without white space.
        var errors = Compact(run.Stderr);
        Assert.Contains(Compact("broken.opml:feed 1: feed URL \"file:///etc/passwd\" is not http(s)"), errors, StringComparison.Ordinal);
        Assert.Contains(Compact("missing.opml: no such file"), errors, StringComparison.Ordinal);
        Assert.Contains(Compact("ftp://example.org/feed: feed URL \"ftp://example.org/feed\" is not http(s)"), errors, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("w.db")));
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static JsonElement Poll(SitrepResult run) =>
        JsonDocument.Parse(Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
}