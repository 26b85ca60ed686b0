using System.Text;

using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class BadInputTests
{
    [Fact]
    public async Task A_missing_path_is_named()
    {
        var diagnostic = await ReaderRun.FailOneAsync("/no/such/place/article.txt");
        Assert.Equal("/no/such/place/article.txt", diagnostic.Input);
        Assert.Equal("no such file or folder", diagnostic.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0x01, 0x02, 0xFF, 0xD8 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D })]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42 })]
    public async Task A_binary_file_is_rejected(byte[] bytes)
    {
        using var temp = new TempFolder();
        Assert.Equal("binary file", (await ReaderRun.FailOneAsync(temp.Write("story.txt", bytes))).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\r\n\t ")]
    public async Task An_empty_file_is_rejected(string content)
    {
        using var temp = new TempFolder();
        Assert.Equal("empty file", (await ReaderRun.FailOneAsync(temp.Write("empty.txt", content))).Message);
    }

    [Fact]
    public async Task A_file_with_only_a_date_marker_is_empty()
    {
        using var temp = new TempFolder();
        Assert.Equal("empty file", (await ReaderRun.FailOneAsync(temp.Write("marker.txt", "date 2026-03-07\n"))).Message);
    }

    [Fact]
    public async Task Invalid_utf8_is_replaced_with_a_warning()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Forces struck "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" a camp.")];
        var outcomes = await ReaderRun.ReadAllAsync(temp.Write("bad.txt", bytes));
        var read = Assert.IsType<ArticleRead>(Assert.Single(outcomes));
        Assert.Equal("Forces struck \uFFFD( a camp.", read.Article.Body);
        var warning = Assert.Single(read.Warnings);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith("invalid UTF-8 replaced", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("bad.txt", warning.Input, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public async Task A_byte_order_mark_is_honoured_and_removed(string encodingName)
    {
        using var temp = new TempFolder();
        var encoding = Encoding.GetEncoding(encodingName);
        var text = "date 2026-03-07\nSucumbíos strike\n\nForces struck “a camp”.";
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        if (encoding.GetPreamble().Length == 0)
        {
            bytes = [.. new UTF8Encoding(true).GetPreamble(), .. encoding.GetBytes(text)];
        }

        var article = await ReaderRun.ReadOneAsync(temp.Write("bom.txt", bytes));
        Assert.Equal(new DateOnly(2026, 3, 7), article.Published);
        Assert.Equal("Sucumbíos strike", article.Title);
        Assert.Equal("Forces struck “a camp”.", article.Body);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_rejected_with_its_size_without_being_read()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: no 200 MB written to disk
        }

        var diagnostic = await ReaderRun.FailOneAsync(path);
        Assert.Equal("file is 200 MB, larger than the 50 MB limit; not read", diagnostic.Message);
    }

    [Fact]
    public async Task The_file_limit_is_configurable()
    {
        using var temp = new TempFolder();
        var path = temp.Write("small.txt", new string('a', 2048));
        var diagnostic = await ReaderRun.FailOneAsync(path, new InputReaderOptions { MaxFileBytes = 1024 });
        Assert.Contains("larger than the 1 KB limit", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_lines_line_that_is_not_json_is_named_by_its_number()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bulk.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n\n{oops\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
        var outcomes = await ReaderRun.ReadAllAsync(path);
        Assert.Equal(["a", "b"], outcomes.Articles().Select(a => a.Id));
        var failure = Assert.Single(outcomes.Failures());
        Assert.Equal("line 3", failure.Location);
        Assert.Equal($"{path}:line 3: {failure.Message}", failure.ToString());
    }

    [Fact]
    public async Task An_unsupported_url_scheme_is_rejected()
    {
        var diagnostic = await ReaderRun.FailOneAsync("ftp://example.org/story.txt");
        Assert.Contains("unsupported URL scheme", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_the_only_exception()
    {
        using var client = InputReader.CreateHttpClient();
        var reader = new InputReader(client);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in reader.ReadAsync(IngestTestPaths.CorpusArticles("dev"), cts.Token))
            {
            }
        });
    }
}