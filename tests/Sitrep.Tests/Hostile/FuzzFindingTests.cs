using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Tests.Ingest;
using Sitrep.Time;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Issue 23: each input afl-fuzz found that broke a reader (tools/Sitrep.Fuzz; minimised by hand, kept in
/// FuzzFindings/), read the way <c>sitrep ingest</c> reads a file.
/// </summary>
public sealed class FuzzFindingTests
{
    private static string Finding(string name) => Path.Combine(IngestTestPaths.RepoRoot, "tests", "Sitrep.Tests", "Hostile", "FuzzFindings", name);

    // A UTF-7 declaration made Encoding.GetEncoding throw NotSupportedException out of the reader: the whole ingest
    // aborted (exit 134). WHATWG has no "utf-7" label, so the bytes are read as UTF-8, as for any unknown label.
    [Theory]
    [InlineData("feed-declares-utf7.rss", "car bomb exploded")]
    [InlineData("page-declares-utf7.html", "Two people were killed")]
    public async Task A_utf7_declaration_is_read_as_utf8(string finding, string expected)
    {
        var article = await ReaderRun.ReadOneAsync(Finding(finding));
        Assert.Contains(expected, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("x-unicode-2-0-utf-7")]
    [InlineData("no-such-charset")]
    public void An_unusable_charset_label_is_unknown_not_an_exception(string label) => Assert.Null(TextDecoder.EncodingFor(label));

    // A byte that is not UTF-8 inside a JSON string of gold.json threw InvalidOperationException out of the event
    // reader (JsonDocument checks a string's UTF-8 only when it is read): sitrep eval crashed instead of naming the line.
    [Fact]
    public void Gold_json_that_is_not_utf8_is_an_error_naming_the_line()
    {
        var corpus = Directory.CreateTempSubdirectory("sitrep-fuzz-gold-");
        try
        {
            Directory.CreateDirectory(Path.Combine(corpus.FullName, "articles"));
            File.Copy(Finding("gold-invalid-utf8.json"), Path.Combine(corpus.FullName, "gold.json"));
            Assert.Null(GoldCorpusLoader.Load(corpus.FullName, out var diagnostics));
            var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(("line 2", "not valid UTF-8"), (error.Location, error.Message));
            Assert.EndsWith("gold.json", error.Input, StringComparison.Ordinal);
        }
        finally
        {
            corpus.Delete(recursive: true);
        }
    }

    // The same lone surrogate escape in gold.json threw out of the event reader (sitrep eval crashed); like bad UTF-8,
    // it is one error naming the line.
    [Fact]
    public void Gold_json_with_a_lone_surrogate_escape_is_an_error_naming_the_line()
    {
        var corpus = Directory.CreateTempSubdirectory("sitrep-fuzz-gold-");
        try
        {
            Directory.CreateDirectory(Path.Combine(corpus.FullName, "articles"));
            File.Copy(Finding("gold-lone-surrogate.json"), Path.Combine(corpus.FullName, "gold.json"));
            Assert.Null(GoldCorpusLoader.Load(corpus.FullName, out var diagnostics));
            var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(("line 3", "a lone UTF-16 surrogate escape (\\uD800-\\uDFFF) is no text"), (error.Location, error.Message));
        }
        finally
        {
            corpus.Delete(recursive: true);
        }
    }

    // The time rules' \d matches any Unicode decimal digit; int.Parse then threw FormatException on an NKo digit and
    // the article was quarantined as "analysis failed". The digits are read by their decimal value.
    [Fact]
    public void Time_expressions_with_other_scripts_digits_are_read_by_their_value()
    {
        var text = File.ReadAllText(Finding("time-nko-digits.txt"));
        var times = new TimeExpressionRecognizer().Recognize(text, new DateOnly(2026, 3, 5));
        var march3 = Assert.Single(times, t => text[t.Span.Start..t.Span.End].EndsWith("March \u07C3, 2026", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 3, 3), march3.Interval?.From);
        Assert.Contains(times, t => t.Interval?.From == new DateOnly(1999, 6, 1)); // "the summer of 19߉߉"
        Assert.DoesNotContain(times, t => text.AsSpan(t.Span.Start, t.Span.Length).Contains('\u07C0')); // "March 0" is no date
    }

    // The same digits in "२ years ago": the "ago" rule's count went through int.TryParse, then a word table, which
    // threw KeyNotFoundException (found by the grammars campaign; the fix above had missed this rule).
    [Fact]
    public void A_count_in_another_scripts_digits_before_ago_is_read_by_its_value()
    {
        var text = File.ReadAllText(Finding("time-devanagari-ago.txt"));
        var times = new TimeExpressionRecognizer().Recognize(text, new DateOnly(2026, 3, 5));
        Assert.Contains(times, t => t.Interval?.From == new DateOnly(2024, 1, 1) && text[t.Span.Start..t.Span.End] == "\u0968 years ago");
    }

    [Theory]
    [InlineData("2026", 2026)]
    [InlineData("\u07C0\u07C3", 3)]
    [InlineData("\u0662\u0660\u0662\u0666", 2026)]
    [InlineData("1x", -1)]
    [InlineData("", -1)]
    public void Decimal_digits_of_any_script_have_their_value(string digits, int value) => Assert.Equal(value, DecimalDigits.Value(digits));

    // "\ud800" alone in a JSON string or property name: System.Text.Json parsed it and threw InvalidOperationException
    // when it was read, which ended the whole ingest (found by the CI fuzz run of json and jsonl in its first
    // seconds). The lone half reads as U+FFFD with a warning naming the line; a whole pair is still the character.
    [Fact]
    public async Task A_lone_surrogate_escape_in_json_lines_reads_as_the_replacement_character()
    {
        var outcomes = await ReaderRun.ReadAllAsync(Finding("jsonl-lone-surrogate.jsonl"));
        var reads = outcomes.OfType<ArticleRead>().ToList();
        Assert.Equal(["w1", "w2"], reads.Select(r => r.Article.Id));
        Assert.Equal("Port reopens afte\uFFFDr storm", reads[0].Article.Title);
        Assert.EndsWith("after a storm \uFFFD", reads[0].Article.Body, StringComparison.Ordinal);
        var warning = Assert.Single(reads[0].Warnings, w => w.Message.Contains("surrogate", StringComparison.Ordinal));
        Assert.Equal(("line 1", "2 lone UTF-16 surrogate escape(s) (\\uD800-\\uDFFF) read as U+FFFD"), (warning.Location, warning.Message));
        Assert.Contains("Friday \U0001F600 in", reads[1].Article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(reads[1].Warnings, w => w.Message.Contains("surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_json_property_name_fails_nothing()
    {
        var article = await ReaderRun.ReadOneAsync(Finding("json-lone-surrogate-name.json"));
        Assert.Equal("arr-1", article.Id);
        Assert.Null(article.Published); // "publis\ufffdhed" is no field Sitrep reads
        Assert.StartsWith("Two people were killed", article.Body, StringComparison.Ordinal);
    }

    // The same parser reads a page's JSON-LD; a lone surrogate in its headline threw out of the HTML reader.
    [Fact]
    public async Task A_lone_surrogate_escape_in_a_pages_json_ld_fails_nothing()
    {
        var article = await ReaderRun.ReadOneAsync(Finding("page-jsonld-lone-surrogate.html"));
        Assert.Contains("killing 12 people", article.Body, StringComparison.Ordinal);
    }
}