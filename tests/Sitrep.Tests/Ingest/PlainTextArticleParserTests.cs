using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class PlainTextArticleParserTests
{
    [Theory]
    [InlineData("date 2026-03-07\nHeadline here\n\nBody.", "2026-03-07", "Headline here", "Body.")]
    [InlineData(" date 2026-03-07 American forces struck a camp on Friday.", "2026-03-07", null, "American forces struck a camp on Friday.")]
    [InlineData("\n\n  date 2021-03-02\r\nTitle line\r\n\r\nFirst paragraph.\r\n\r\nSecond.", "2021-03-02", "Title line", "First paragraph.\r\n\r\nSecond.")]
    [InlineData("Strikes hit camp\nForces struck a camp.", null, "Strikes hit camp", "Forces struck a camp.")]
    [InlineData("Forces struck a camp on Friday.\nMore text.", null, null, "Forces struck a camp on Friday.\nMore text.")]
    [InlineData("date 2026-13-45 Not a real date.", null, null, "date 2026-13-45 Not a real date.")]
    [InlineData("dated 2026-03-07 is not a marker.", null, null, "dated 2026-03-07 is not a marker.")]
    [InlineData("Only one line without punctuation", null, null, "Only one line without punctuation")]
    public void Splits_marker_headline_and_body(string text, string? date, string? title, string body)
    {
        var (published, headline, rest) = PlainTextArticleParser.Split(text);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), published);
        Assert.Equal(title, headline);
        Assert.Equal(body, rest);
    }

    [Theory]
    [InlineData("U.S., Ecuador carry out joint \"lethal kinetic operations\" to combat drug trafficking, video shows", false, true)]
    [InlineData("Publisher Zamora reimprisoned in Guatemala in move lawyer calls ‘inhumane’", false, true)]
    [InlineData("Can the US pry Russia away from China?", true, true)]
    [InlineData("Can the US pry Russia away from China?", false, false)]
    [InlineData("Strike kills six!", true, true)]
    [InlineData("The strike killed six people.", true, false)]
    [InlineData("“We will respond,” he said.”", true, false)]
    [InlineData("He said:", true, false)]
    [InlineData("Residents fled …", true, false)]
    [InlineData("KABUL, Afghanistan —", true, false)]
    [InlineData("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix", true, false)]
    public void Recognises_headlines(string line, bool followedByBlankLine, bool expected) =>
        Assert.Equal(expected, PlainTextArticleParser.IsHeadline(line, followedByBlankLine));

    [Fact]
    public void Body_keeps_inner_text_byte_for_byte()
    {
        const string Inner = "First\u00a0paragraph — with “quotes”.\r\n\r\n  Second   paragraph.";
        var (_, _, body) = PlainTextArticleParser.Split("date 2026-03-07\n\n" + Inner + "\n\n\n");
        Assert.Equal(Inner, body);
    }

    [Fact]
    public async Task Dev_article_000_has_headline_and_no_date()
    {
        var article = await ReaderRun.ReadOneAsync(Path.Combine(IngestTestPaths.CorpusArticles("dev"), "000_75da227318166613.txt"));
        Assert.Equal("000_75da227318166613", article.Id);
        Assert.Null(article.Published);
        Assert.Equal("U.S., Ecuador carry out joint \"lethal kinetic operations\" to combat drug trafficking, video shows", article.Title);
        Assert.StartsWith("U.S. and Ecuadoran forces conducted joint strikes", article.Body, StringComparison.Ordinal);
        Assert.Null(article.Outlet);
    }

    [Fact]
    public async Task Dev_article_002_has_date_on_the_body_line_and_no_headline()
    {
        var article = await ReaderRun.ReadOneAsync(Path.Combine(IngestTestPaths.CorpusArticles("dev"), "002_56decd7c35e1df04.txt"));
        Assert.Equal("002_56decd7c35e1df04", article.Id);
        Assert.Equal(new DateOnly(2026, 3, 7), article.Published);
        Assert.Null(article.Title);
        Assert.StartsWith("American and Ecuadorian forces", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_voa_article_has_date_marker_line_then_headline()
    {
        var folder = IngestTestPaths.CorpusArticles("dev-voa");
        var file = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).First();
        var lines = await File.ReadAllLinesAsync(file);
        var article = await ReaderRun.ReadOneAsync(file);
        Assert.Equal(DateOnly.ParseExact(lines[0]["date ".Length..].Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), article.Published);
        Assert.Equal(lines[1].Trim(), article.Title);
        Assert.DoesNotContain(lines[1].Trim(), article.Body[..Math.Min(article.Body.Length, lines[1].Length + 5)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_raw_voa_article_reads_with_a_date_and_a_headline()
    {
        var folder = IngestTestPaths.CorpusArticles("raw-voa");
        var outcomes = await ReaderRun.ReadAllAsync(folder);
        Assert.Empty(outcomes.Failures());
        var articles = outcomes.Articles();
        Assert.Equal(Directory.GetFiles(folder).Length, articles.Count);
        Assert.Equal(59, articles.Count);
        Assert.All(articles, a =>
        {
            Assert.NotNull(a.Published);
            Assert.False(string.IsNullOrWhiteSpace(a.Title), a.Id + " has no headline");
            Assert.False(string.IsNullOrWhiteSpace(a.Body));
        });
    }
}