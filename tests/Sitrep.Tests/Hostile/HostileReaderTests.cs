using System.Text;
using Sitrep.Ingest;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Hostile;

/// <summary>Issue 23: inputs built to exhaust the readers are refused in bounded time, each with its reason.</summary>
public sealed class HostileReaderTests
{
    [Fact]
    public async Task Deeply_nested_html_is_refused_before_parsing()
    {
        using var folder = new TempFolder();
        var path = folder.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // terminates; speed is in the bench note
        var outcomes = await ReaderRun.ReadAllAsync(path);
        Assert.Equal("HTML nested deeper than 512 levels; not parsed", Assert.Single(outcomes.Failures()).Message);
    }

    [Fact]
    public void Nesting_counts_real_depth_not_sloppy_markup()
    {
        Assert.Equal(3, HtmlNesting.MaxDepthOf("<div><section><article><p>a<p>b<br><img src=x></article></section></div>"));
        Assert.Equal(1, HtmlNesting.MaxDepthOf(string.Concat(Enumerable.Repeat("<li>item", 5000)) + "<div></div>"));
        Assert.Equal(1, HtmlNesting.MaxDepthOf("<div><script>var s = '<div><div><div>';</script><!-- <div><div> --></div>"));
        Assert.Equal(513, HtmlNesting.MaxDepthOf(string.Concat(Enumerable.Repeat("<span>", 10_000))));
    }

    [Fact]
    public async Task Html_at_the_depth_limit_is_read()
    {
        using var folder = new TempFolder();
        var story = "<p>An air strike hit a training camp near the border on Tuesday, killing 12 people, officials said. The army denied any role in the strike and said it would investigate.</p>";
        var html = "<html><head><title>Strike</title></head><body><article>" + string.Concat(Enumerable.Repeat("<div>", 500)) + story
            + string.Concat(Enumerable.Repeat("</div>", 500)) + "</article></body></html>";
        var article = await ReaderRun.ReadOneAsync(folder.Write("ok.html", html));
        Assert.Contains("killing 12 people", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unclosed_quote_in_csv_is_an_error_naming_its_line()
    {
        using var folder = new TempFolder();
        var csv = "id,title,text\na,First,\"The first report, complete.\"\nb,Second,\"The second report never closes its quote,\nand runs on\nfor lines\n";
        var outcomes = await ReaderRun.ReadAllAsync(folder.Write("open.csv", csv));
        Assert.Equal(["a"], outcomes.Articles().Select(a => a.Id));
        var failure = Assert.Single(outcomes.Failures());
        Assert.Equal("line 3", failure.Location);
        Assert.StartsWith("unterminated quoted field: the quote opened on line 3", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,text\na,\"He said \"\"no\"\" twice.\"\n")]
    [InlineData("id,text\r\na,\"Two\r\nlines\"\r\n")]
    [InlineData("id,text\na,an inch is 2.54 cm or 1\" in print\n")]
    public void Closed_quotes_are_not_reported(string csv) => Assert.Null(CsvQuotes.UnterminatedField(csv));

    [Fact]
    public async Task A_50_mb_csv_field_is_refused_with_its_size()
    {
        using var folder = new TempFolder();
        var builder = new StringBuilder("id,text\nsmall,\"A short report of an air strike near the border.\"\nbig,\"");
        var sentence = "Officials said the strike near the border killed several people and wounded others. ";
        while (builder.Length < 50_000_000)
        {
            builder.Append(sentence);
        }

        builder.Append("\"\n");
        var outcomes = await ReaderRun.ReadAllAsync(folder.Write("big.csv", builder.ToString()));
        Assert.Equal(["small"], outcomes.Articles().Select(a => a.Id));
        var failure = Assert.Single(outcomes.Failures());
        Assert.Contains("over the 2,000,000-character limit for one article; not stored", failure.Message, StringComparison.Ordinal);
        Assert.Equal("record 2", failure.Location);
    }
}