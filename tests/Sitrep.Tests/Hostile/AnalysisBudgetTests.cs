using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Json;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Issue 23: one article's analysis is bounded. Multi-megabyte prose is analysed up to the budget (and says where it
/// stopped); text without sentence punctuation is cut into bounded sentences. Each run is given a generous deadline
/// only to prove it ends: the times against size are in docs/hostile-input.md, measured by the bench script.
/// </summary>
public sealed class AnalysisBudgetTests(AnalysisBudgetTests.PipelineFixture fixture) : IClassFixture<AnalysisBudgetTests.PipelineFixture>
{
    [Fact]
    public void Five_megabytes_of_prose_are_analysed_up_to_the_budget()
    {
        var body = Repeat(fixture.Prose, 5_000_000);
        var document = AnalyzeWithin(new Article("prose-5mb", body, new ArticleOrigin()), TimeSpan.FromMinutes(3));
        var cut = document.Get<AnalysisCutLayer>();
        Assert.Equal(body.Length, cut.BodyChars);
        Assert.InRange(cut.AnalysedChars, DocumentFactory.MaxAnalysedChars / 2, DocumentFactory.MaxAnalysedChars);
        Assert.True(char.IsWhiteSpace(body[cut.AnalysedChars]), "cut at a word boundary");
        Assert.Equal(body[..cut.AnalysedChars], document.Text);
        Assert.NotEmpty(document.Get<EventLayer>().Mentions);
    }

    [Fact]
    public void Unpunctuated_text_is_cut_into_bounded_sentences_and_the_cut_is_said()
    {
        var words = Regex.Replace(fixture.Prose, "[.!?;:\n]", " ");
        var document = AnalyzeWithin(new Article("unpunctuated", Repeat(words, 1_000_000), new ArticleOrigin()), TimeSpan.FromMinutes(3));
        var sentences = document.Get<SentenceLayer>().Sentences;
        Assert.All(sentences, s => Assert.InRange(s.TokenCount, 1, 400));
        Assert.Contains(sentences, s => s.EndsAtLengthCap);
        using var json = new MemoryStream();
        DocumentJsonWriter.Write(json, document);
        Assert.Contains("\"cut\":\"length_cap\"", Encoding.UTF8.GetString(json.ToArray()).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_normal_article_is_not_cut()
    {
        var document = DocumentFactory.FromArticle(new Article("short", fixture.Prose[..5000], new ArticleOrigin()));
        Assert.Null(document.TryGet<AnalysisCutLayer>());
        Assert.Equal(5000, document.Text.Length);
    }

    private Document AnalyzeWithin(Article article, TimeSpan deadline)
    {
        var document = DocumentFactory.FromArticle(article);
        var run = Task.Run(() => fixture.Pipeline.Process(document));
        Assert.True(run.Wait(deadline), $"analysis did not end within {deadline}");
        return document;
    }

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text).Append("\n\n");
        }

        return builder.ToString(0, length);
    }

    /// <summary>The standard pipeline and the raw VOA articles' text, loaded once.</summary>
    public sealed class PipelineFixture
    {
        public AnalysisPipeline Pipeline { get; } = StandardPipeline.Create();

        public string Prose { get; } = string.Join("\n\n", Directory.GetFiles(Sitrep.Tests.Ingest.IngestTestPaths.CorpusArticles("raw-voa"), "*.txt")
            .Order(StringComparer.Ordinal).Select(f => string.Join('\n', File.ReadLines(f).Where(l => !l.StartsWith("date ", StringComparison.Ordinal)))));
    }
}