using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>NUL characters never reach a store: every reader replaces them (PostgreSQL text cannot hold them) and says so.</summary>
public sealed class NulCharacterTests
{
    [Fact]
    public async Task Nul_in_a_json_record_is_replaced_with_a_warning_naming_the_record()
    {
        using var folder = new TempFolder();
        var path = folder.Write("nul.jsonl", """
            {"id":"clean","title":"Clean","text":"Troops arrived in the capital on Friday, officials said."}
            {"id":"dirty","title":"Bad\u0000title","text":"Police arrested four men\u0000\u0000 in the port city on Saturday."}
            """);

        var outcomes = await ReaderRun.ReadAllAsync(path);

        var reads = outcomes.OfType<ArticleRead>().ToList();
        Assert.Equal(2, reads.Count);
        Assert.Empty(reads[0].Warnings);
        var dirty = reads[1];
        Assert.Equal("Police arrested four men\uFFFD\uFFFD in the port city on Saturday.", dirty.Article.Body);
        Assert.Equal("Bad\uFFFDtitle", dirty.Article.Title);
        Assert.Equal(BodyText.Hash(dirty.Article.Body), dirty.Article.BodyHash);
        var warning = Assert.Single(dirty.Warnings);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("record 2", warning.Location);
        Assert.Contains("3 NUL character(s) replaced by U+FFFD", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_without_nul_is_left_as_it_is()
    {
        using var folder = new TempFolder();
        var path = folder.Write("clean.txt", "date 2026-03-07\nTroops arrived in the capital on Friday, officials said.");

        var outcome = Assert.IsType<ArticleRead>(Assert.Single(await ReaderRun.ReadAllAsync(path)));

        Assert.Empty(outcome.Warnings);
        Assert.DoesNotContain('\uFFFD', outcome.Article.Body);
    }
}