using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>
/// Issue 23: the depth scan before the HTML parser must not see less depth than the tree builder builds. Each trick
/// below, repeated, made the old scan count a depth of one or two while AngleSharp nested every repetition (20 000
/// "&lt;div&gt;&lt;/q&gt;" took 11 s to parse, 100 000 take minutes); found reading the scan during the fuzzing campaign.
/// </summary>
public sealed class HtmlNestingTests
{
    [Theory]
    [InlineData("", "<div></q>")] // the end tag of an element never opened closed the div
    [InlineData("", "<span></div>")] // "</div>" with no div open closed the span
    [InlineData("", "<div/>")] // "/>" does not close an HTML element
    [InlineData("", "<q title=\"></q>\">")] // a ">" inside a quoted value ended the tag early
    [InlineData("<!-->", "<div>")] // "<!-->" is a whole comment, not the start of one that never ends
    [InlineData("<svg><style>", "<div>")] // in SVG, <style> is no raw text and <div> leaves SVG
    [InlineData("<svg><p>", "<x/>")] // after <p> left SVG, "/>" closes nothing
    [InlineData("<svg>", "<option>")] // SVG elements nest whatever their name
    public void Markup_that_hides_its_depth_is_counted_as_the_parser_nests_it(string prefix, string repeated)
    {
        var html = "<html><body>" + prefix + string.Concat(Enumerable.Repeat(repeated, 20_000)) + "text</body></html>";
        Assert.True(HtmlNesting.MaxDepthOf(html) > HtmlNesting.MaxDepth, $"{repeated} × 20 000 counted {HtmlNesting.MaxDepthOf(html)} levels");
    }

    [Fact]
    public async Task A_page_of_end_tags_that_close_nothing_is_refused_before_parsing()
    {
        using var folder = new TempFolder();
        var path = folder.Write("mismatched.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div></q>", 20_000)) + "text</body></html>");
        var outcomes = await ReaderRun.ReadAllAsync(path);
        Assert.Equal("HTML nested deeper than 512 levels; not parsed", Assert.Single(outcomes.Failures()).Message);
    }

    // The tree builder reopens a formatting element another end tag closed, but keeps at most three alike; the old
    // scan closed one level per end tag and counted this sloppy, shallow page 2 000 deep.
    [Fact]
    public void Formatting_left_open_counts_at_most_three_alike()
    {
        var sloppy = string.Concat(Enumerable.Repeat("<div><font color=red>news</div>", 2_000));
        Assert.InRange(HtmlNesting.MaxDepthOf(sloppy), 2, 5);
        var distinct = string.Concat(Enumerable.Range(0, 2_000).Select(k => $"<div><b id={k}>news</div>"));
        Assert.True(HtmlNesting.MaxDepthOf(distinct) > HtmlNesting.MaxDepth);
    }

    [Theory]
    [InlineData("<svg><path d=\"M0 0\"/><circle r=\"1\"/></svg>", 1)] // "/>" closes SVG elements
    [InlineData("<div><span><b>x</b></span></div>", 3)]
    [InlineData("<div><span></div><div>", 2)] // "</div>" closes the span left open inside it
    [InlineData("<table><tr><td><div></table><div>", 2)] // "</table>" closes what the cell left open
    [InlineData("<div><!----><!-- a --!><span>", 2)]
    public void Ordinary_markup_counts_its_real_depth(string html, int depth) => Assert.Equal(depth, HtmlNesting.MaxDepthOf(html));

    [Theory]
    [InlineData("<a href=\"x>y\">", "a", false, 14)]
    [InlineData("<br/>", "br", true, 5)]
    [InlineData("<DIV class=a/b>", "div", false, 15)]
    [InlineData("<!-->x<i>", "i", false, 9)]
    [InlineData("<!--->x<i>", "i", false, 10)]
    [InlineData("<!-- <b> --!><i>", "i", false, 16)]
    public void A_tag_ends_where_the_tokenizer_ends_it(string html, string name, bool selfClosing, int end)
    {
        var from = 0;
        var tag = HtmlTag.Next(html, ref from);
        Assert.Equal((name, selfClosing, end), (tag?.Name, tag?.SelfClosing ?? false, tag?.End ?? -1));
    }

    [Theory]
    [InlineData("<div title=\"never closed>")]
    [InlineData("<div")]
    [InlineData("a < b")]
    public void A_tag_left_open_at_the_end_is_no_tag(string html)
    {
        var from = 0;
        Assert.Null(HtmlTag.Next(html, ref from));
    }
}