using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class BulkReaderTests
{
    [Fact]
    public async Task Json_lines_read_every_good_line_and_name_each_bad_one()
    {
        var path = IngestTestPaths.Fixture("articles.jsonl");
        var outcomes = await ReaderRun.ReadAllAsync(path);
        Assert.Equal(5, outcomes.Count);

        var articles = outcomes.Articles();
        Assert.Equal(3, articles.Count);
        var first = articles[0];
        Assert.Equal("wire-1", first.Id);
        Assert.Equal("https://wire.example.org/1", first.Url);
        Assert.Equal("Port reopens after storm", first.Title);
        Assert.Equal("Example Wire", first.Outlet);
        Assert.Equal(new DateOnly(2026, 3, 5), first.Published);
        Assert.Equal(1, first.Origin.Line);
        Assert.Equal(path, first.Origin.Path);

        Assert.StartsWith("wire.example.org_", articles[1].Id, StringComparison.Ordinal); // no id: derived from the URL
        Assert.Equal(new DateOnly(2026, 3, 6), articles[1].Published); // ISO date-time: the date
        Assert.StartsWith("sha_", articles[2].Id, StringComparison.Ordinal); // neither id nor URL: from the body
        Assert.Equal(5, articles[2].Origin.Line);

        var failures = outcomes.Failures();
        Assert.Equal(["line 3", "line 4"], failures.Select(f => f.Location));
        Assert.Contains("no text", failures[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("not JSON", failures[1].Message, StringComparison.Ordinal);
        Assert.All(failures, f => Assert.Equal(path, f.Input));
    }

    [Fact]
    public async Task Derived_ids_are_stable_across_runs()
    {
        var first = (await ReaderRun.ReadAllAsync(IngestTestPaths.Fixture("articles.jsonl"))).Articles().Select(a => a.Id);
        var second = (await ReaderRun.ReadAllAsync(IngestTestPaths.Fixture("articles.jsonl"))).Articles().Select(a => a.Id);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Csv_reads_columns_in_any_order_and_case_with_quoted_newlines()
    {
        var outcomes = await ReaderRun.ReadAllAsync(IngestTestPaths.Fixture("articles.csv"));
        var articles = outcomes.Articles();
        Assert.Equal(2, articles.Count);
        Assert.Equal("csv-1", articles[0].Id);
        Assert.Equal("Bridge collapses", articles[0].Title);
        Assert.Equal("A bridge collapsed on Sunday, injuring three people.\nOfficials blamed heavy rain.", articles[0].Body.ReplaceLineEndings("\n"));
        Assert.Equal(new DateOnly(2026, 2, 1), articles[0].Published);
        Assert.Equal("Example Daily", articles[0].Outlet);
        Assert.Equal("Thousands gathered in the main square on Monday, \"peacefully\", police said.", articles[1].Body);
        Assert.Equal(new DateOnly(2026, 2, 3), articles[1].Published);
        Assert.Equal(3, articles[1].Origin.Line);

        var failure = Assert.Single(outcomes.Failures());
        Assert.Equal("record 2", failure.Location);
        Assert.Contains("no text", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_without_a_text_column_fails_once()
    {
        using var temp = new TempFolder();
        var diagnostic = await ReaderRun.FailOneAsync(temp.Write("no-text.csv", "id,title\n1,Hello\n"));
        Assert.Contains("no text column", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_json_article_is_named_by_its_file()
    {
        var article = await ReaderRun.ReadOneAsync(IngestTestPaths.Fixture("single.json"));
        Assert.Equal("single", article.Id);
        Assert.Equal("Ceasefire holds", article.Title);
        Assert.Equal("Example Post", article.Outlet);
        Assert.Equal(new DateOnly(2026, 1, 15), article.Published);
        Assert.Equal("https://post.example.com/ceasefire", article.Url);
    }

    [Fact]
    public async Task A_json_array_reads_each_item_and_accepts_field_synonyms()
    {
        var outcomes = await ReaderRun.ReadAllAsync(IngestTestPaths.Fixture("many.json"));
        Assert.Equal(["arr-1", "arr-3"], outcomes.Articles().Select(a => a.Id));
        Assert.Equal(new DateOnly(2026, 1, 3), outcomes.Articles()[1].Published);
        Assert.Equal("item 2", Assert.Single(outcomes.Failures()).Location);
    }

    [Fact]
    public async Task Malformed_json_file_fails_with_the_reason()
    {
        using var temp = new TempFolder();
        var diagnostic = await ReaderRun.FailOneAsync(temp.Write("broken.json", "{ \"text\": \"unterminated"));
        Assert.StartsWith("not valid JSON", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unparseable_published_value_is_a_warning_not_a_failure()
    {
        using var temp = new TempFolder();
        var outcomes = await ReaderRun.ReadAllAsync(temp.Write("x.jsonl", "{\"id\":\"a\",\"published\":\"last Tuesday\",\"text\":\"Body.\"}\n"));
        var read = Assert.IsType<ArticleRead>(Assert.Single(outcomes));
        Assert.Null(read.Article.Published);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(read.Warnings).Severity);
    }
}