using System.Text;

using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>Garbage in every format never throws: each input ends as articles or diagnostics (STYLE.md, hostile input).</summary>
public sealed class HostileInputTests
{
    private const string Alphabet = "<>/\"'{}[],:;=&#!?-\n\r\t date 2026-03-07 rss feed item entry html body p text id title published \u00e9\u201c\u201d\\";

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var extension in new[] { ".txt", ".html", ".jsonl", ".json", ".csv", ".rss", ".atom", ".opml", ".xml", "" })
        {
            for (var seed = 0; seed < 5; seed++)
            {
                data.Add(extension, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Random_markup_never_throws(string extension, int seed)
    {
        var random = new Random(seed * 7919 + extension.Length);
        var builder = new StringBuilder();
        var length = random.Next(1, 3000);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        using var temp = new TempFolder();
        var path = temp.Write("input" + extension, builder.ToString());
        var outcomes = await ReaderRun.ReadAllAsync(path);
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes.Failures(), f => Assert.Equal(path, f.Input));
        Assert.All(outcomes.Articles(), a => Assert.False(string.IsNullOrWhiteSpace(a.Body)));
    }

    [Theory]
    [InlineData(".txt")]
    [InlineData(".html")]
    [InlineData(".csv")]
    public async Task Random_bytes_never_throw(string extension)
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        using var temp = new TempFolder();
        var outcomes = await ReaderRun.ReadAllAsync(temp.Write("noise" + extension, bytes));
        Assert.Equal("binary file", Assert.Single(outcomes.Failures()).Message);
    }
}