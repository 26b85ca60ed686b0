using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class FeedReaderTests
{
    [Fact]
    public async Task Rss_items_with_full_content_are_articles()
    {
        var path = IngestTestPaths.Fixture("feed.rss");
        var outcomes = await ReaderRun.ReadAllAsync(path);
        var articles = outcomes.Articles();
        Assert.Equal(2, articles.Count);

        var first = articles[0];
        Assert.Equal("Twelve arrested before election", first.Title);
        Assert.Equal(new DateOnly(2026, 3, 10), first.Published);
        Assert.Equal("https://feed.example.org/news/arrests", first.Url);
        Assert.Equal(path, first.Origin.Feed);
        Assert.Equal("Example Feed", first.Outlet);
        Assert.StartsWith("Security forces said on Tuesday", first.Body, StringComparison.Ordinal);
        Assert.Contains("election. \n\nSecurity".Replace(" \n", "\n", StringComparison.Ordinal), first.Body, StringComparison.Ordinal); // content:encoded paragraphs kept

        Assert.Equal("Full story in the description", articles[1].Title);
        Assert.Equal(new DateOnly(2026, 3, 11), articles[1].Published);
        Assert.NotEqual(first.Id, articles[1].Id);

        var failure = Assert.Single(outcomes.Failures());
        Assert.Equal("item 3", failure.Location);
        Assert.Contains("neither full text nor", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_entries_with_content_are_articles()
    {
        var article = await ReaderRun.ReadOneAsync(IngestTestPaths.Fixture("feed.atom"));
        Assert.Equal("Flooding displaces thousands", article.Title);
        Assert.Equal(new DateOnly(2026, 3, 12), article.Published); // published wins over updated
        Assert.Equal("https://atom.example.org/flooding", article.Url);
        Assert.Equal("Example Atom", article.Outlet);
    }

    [Fact]
    public async Task An_xml_file_is_sniffed_for_its_feed_root()
    {
        using var temp = new TempFolder();
        var copy = temp.Write("feed.xml", File.ReadAllBytes(IngestTestPaths.Fixture("feed.atom")));
        var extensionless = temp.Write("feed", File.ReadAllBytes(IngestTestPaths.Fixture("feed.atom")));
        Assert.Single((await ReaderRun.ReadAllAsync(copy)).Articles());
        Assert.Single((await ReaderRun.ReadAllAsync(extensionless)).Articles());
    }

    [Fact]
    public async Task Xml_that_is_not_a_feed_fails_with_its_root()
    {
        using var temp = new TempFolder();
        var diagnostic = await ReaderRun.FailOneAsync(temp.Write("data.xml", "<?xml version=\"1.0\"?><inventory><item/></inventory>"));
        Assert.Contains("<inventory>", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_feed_fails_without_throwing()
    {
        using var temp = new TempFolder();
        var diagnostic = await ReaderRun.FailOneAsync(temp.Write("broken.rss", "<rss><channel><item><title>Open"));
        Assert.StartsWith("not well-formed XML", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_with_a_dtd_does_not_expand_entities()
    {
        using var temp = new TempFolder();
        const string Xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><title>T</title></channel></rss>";
        var diagnostic = await ReaderRun.FailOneAsync(temp.Write("dtd.rss", Xml));
        Assert.Equal("feed has no items", diagnostic.Message);
    }
}