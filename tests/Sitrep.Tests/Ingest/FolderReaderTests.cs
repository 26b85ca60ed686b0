using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class FolderReaderTests
{
    [Fact]
    public async Task Reads_recursively_in_ordinal_path_order_and_skips_hidden_entries()
    {
        using var temp = new TempFolder();
        temp.Write("b.txt", "Body b.");
        temp.Write("A.txt", "Body A.");
        temp.Write("sub/c.txt", "Body c.");
        temp.Write("a.txt", "Body a.");
        temp.Write(".hidden.txt", "Hidden.");
        temp.Write(".git/d.txt", "Hidden folder.");
        var ids = (await ReaderRun.ReadAllAsync(temp.Path)).Articles().Select(a => a.Id);
        Assert.Equal(["A", "a", "b", "c"], ids);
    }

    [Fact]
    public async Task A_bad_file_does_not_stop_the_folder()
    {
        using var temp = new TempFolder();
        temp.Write("1.txt", "First.");
        temp.Write("2.bin", [0x00, 0x01, 0x02, 0x03, 0xFF]);
        temp.Write("3.txt", "Third.");
        var outcomes = await ReaderRun.ReadAllAsync(temp.Path);
        Assert.Equal(["1", "3"], outcomes.Articles().Select(a => a.Id));
        Assert.Equal("binary file", Assert.Single(outcomes.Failures()).Message);
    }

    [Fact]
    public async Task An_empty_folder_is_reported()
    {
        using var temp = new TempFolder();
        Assert.Equal("folder has no files", (await ReaderRun.FailOneAsync(temp.Path)).Message);
    }

    [Fact]
    public async Task Reading_the_same_folder_twice_gives_the_same_articles()
    {
        var folder = IngestTestPaths.CorpusArticles("dev");
        var first = (await ReaderRun.ReadAllAsync(folder)).Articles().Select(a => (a.Id, a.BodyHash));
        var second = (await ReaderRun.ReadAllAsync(folder)).Articles().Select(a => (a.Id, a.BodyHash));
        Assert.Equal(first, second);
        Assert.Equal(2, first.Count());
    }
}