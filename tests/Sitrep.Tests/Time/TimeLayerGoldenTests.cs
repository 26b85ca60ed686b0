using System.Globalization;
using System.Text;
using System.Text.Json;

using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>
/// Pins the whole time layer (every expression's span, text, interval, precision, anchor and month-day) of the shared
/// corpora, read with the publication date and again without it, so that a refactoring or optimisation of the
/// grammar that changes any result shows as a diff against Golden/time-layers.json. To accept a deliberate change,
/// run once with SITREP_UPDATE_GOLDEN=1 and review the diff of the golden file.
/// </summary>
public sealed class TimeLayerGoldenTests
{
    private static readonly string[] Corpora = ["raw-voa/articles", "dev/articles", "dev-voa/articles"];

    [Fact]
    public async Task Time_layers_of_the_shared_corpora_match_the_golden_file()
    {
        var actual = await RenderAsync();
        var golden = Path.Combine(CorpusArticle.RepoRoot(), "tests", "Sitrep.Tests", "Time", "Golden", "time-layers.json");
        if (GoldenFiles.Regenerate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            await File.WriteAllTextAsync(golden, actual);
        }

        var expected = (await File.ReadAllTextAsync(golden)).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            // Beside the test binaries, not in the repository: diff it against the golden file to see what changed.
            var written = Path.Combine(AppContext.BaseDirectory, "time-layers.actual.json");
            await File.WriteAllTextAsync(written, actual);
            Assert.Fail($"the time layers differ from {golden}; the actual layers are in {written}");
        }
    }

    private static async Task<string> RenderAsync()
    {
        var stage = new TimeExpressionStage();
        using var client = InputReader.CreateHttpClient();
        var reader = new InputReader(client);
        var articles = new List<(string Key, Sitrep.Ingest.Article Article)>();
        foreach (var corpus in Corpora)
        {
            var folder = Path.Combine(CorpusArticle.CorpusRoot(), corpus);
            await foreach (var outcome in reader.ReadAsync(folder, CancellationToken.None))
            {
                if (outcome is ArticleRead read)
                {
                    articles.Add((corpus + "/" + read.Article.Id, read.Article));
                }
            }
        }

        Assert.True(articles.Count >= 59 + 10, $"only {articles.Count} articles read");
        articles.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var (key, article) in articles)
            {
                foreach (var published in new[] { article.Published, null })
                {
                    var document = DocumentFactory.FromArticle(article with { Published = published });
                    stage.Process(document);
                    writer.WriteStartObject();
                    writer.WriteString("article", key);
                    writer.WriteString("published", published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    writer.WriteStartArray("times");
                    foreach (var e in document.Get<Sitrep.Time.TimeLayer>().Expressions)
                    {
                        Write(writer, document.Text, e);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void Write(Utf8JsonWriter writer, string text, TimeExpression e)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", e.Span.Start);
        writer.WriteNumber("end", e.Span.End);
        writer.WriteString("text", e.Span.Of(text));
        writer.WriteString("precision", e.Precision.ToJsonName());
        writer.WriteString("from", e.Interval?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("to", e.Interval?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("intervalPrecision", e.Interval?.Precision.ToJsonName());
        writer.WriteString("anchor", e.Anchor?.ToString());
        writer.WriteString("monthDay", e.MonthDay?.ToString());
        writer.WriteEndObject();
    }
}