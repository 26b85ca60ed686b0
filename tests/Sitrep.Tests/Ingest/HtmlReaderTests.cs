using System.Text;

using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class HtmlReaderTests
{
    [Fact]
    public async Task Extracts_main_content_as_paragraphs_without_navigation_or_footer()
    {
        var article = await ReaderRun.ReadOneAsync(IngestTestPaths.Fixture("strike-report.html"));
        Assert.StartsWith("Forces of two countries carried out a joint strike on Friday", article.Body, StringComparison.Ordinal);
        Assert.Contains("ground troops within hours.\n\n“This operation shows", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Takes_metadata_from_json_ld_meta_tags_and_canonical_link()
    {
        var article = await ReaderRun.ReadOneAsync(IngestTestPaths.Fixture("strike-report.html"));
        Assert.Equal("strike-report", article.Id);
        Assert.Equal("Joint strike hits training camp near the border", article.Title); // JSON-LD headline wins over og:title
        Assert.Equal(new DateOnly(2026, 3, 7), article.Published); // the date as written, not shifted to UTC
        Assert.Equal("Example News Network", article.Outlet); // JSON-LD publisher.name wins over og:site_name
        Assert.Equal("https://news.example.org/world/joint-strike-hits-camp", article.Url);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public async Task Falls_back_to_open_graph_and_title_without_json_ld()
    {
        using var temp = new TempFolder();
        var html = File.ReadAllText(IngestTestPaths.Fixture("strike-report.html"));
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal) + "</script>".Length;
        var path = temp.Write("plain.html", html[..start] + html[end..]);
        var article = await ReaderRun.ReadOneAsync(path);
        Assert.Equal("Joint strike hits camp near border", article.Title);
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal(new DateOnly(2026, 3, 7), article.Published);
    }

    [Fact]
    public async Task A_page_without_an_article_fails_with_the_reason()
    {
        var diagnostic = await ReaderRun.FailOneAsync(IngestTestPaths.Fixture("no-article.html"));
        Assert.Equal("no article content found", diagnostic.Message);
        Assert.EndsWith("no-article.html", diagnostic.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Honours_a_latin1_meta_charset()
    {
        using var temp = new TempFolder();
        var html = File.ReadAllText(IngestTestPaths.Fixture("strike-report.html"))
            .Replace("<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-1\">", StringComparison.Ordinal)
            .Replace("the northern border", "the province of Sucumbíos", StringComparison.Ordinal)
            .Replace('“', '"').Replace('”', '"').Replace("©", "(c)", StringComparison.Ordinal);
        var path = temp.Write("latin1.html", Encoding.Latin1.GetBytes(html));
        var outcomes = await ReaderRun.ReadAllAsync(path);
        var read = Assert.IsType<ArticleRead>(Assert.Single(outcomes));
        Assert.Contains("province of Sucumbíos", read.Article.Body, StringComparison.Ordinal);
        Assert.Empty(read.Warnings);
    }

    [Fact]
    public async Task A_page_declaring_latin1_but_written_in_utf8_is_read_as_utf8()
    {
        using var temp = new TempFolder();
        var html = File.ReadAllText(IngestTestPaths.Fixture("strike-report.html"))
            .Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", StringComparison.Ordinal)
            .Replace("the northern border", "the province of Sucumbíos", StringComparison.Ordinal);
        var article = await ReaderRun.ReadOneAsync(temp.Write("mislabelled.html", html));
        Assert.Contains("province of Sucumbíos", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_brief_in_an_article_element_is_still_read()
    {
        using var temp = new TempFolder();
        const string Html = """
            <!DOCTYPE html><html><head><title>Brief</title></head><body>
            <nav><a href="/">Home</a></nav>
            <article><h1>Curfew extended</h1><p>Authorities extended a night curfew in the capital by a week on Monday after two nights of unrest in which shops were looted, police said.</p></article>
            </body></html>
            """;
        var article = await ReaderRun.ReadOneAsync(temp.Write("brief.html", Html));
        Assert.Contains("Authorities extended a night curfew", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_page_falls_back_to_json_ld_article_body()
    {
        using var temp = new TempFolder();
        const string Html = """
            <!DOCTYPE html><html><head><title>Brief</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Curfew extended","articleBody":"Authorities extended a night curfew in the capital by a week on Monday after two nights of unrest in which shops were looted and two people were killed, police said."}</script>
            </head><body><div id="app"></div></body></html>
            """;
        var article = await ReaderRun.ReadOneAsync(temp.Write("brief.html", Html));
        Assert.StartsWith("Authorities extended a night curfew", article.Body, StringComparison.Ordinal);
        Assert.Equal("Curfew extended", article.Title);
    }
}