using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Tests.Geo;
using Xunit.Abstractions;

namespace Sitrep.Tests.Events;

/// <summary>
/// Scores the event mentions of the standard pipeline on ../shared/corpus/dev and dev-voa with the project's scorer
/// (one predicted event per mention, no clustering). The floors are the measured figures, so they cannot slide back.
/// </summary>
[Collection(EventTestGroup.Name)]
public sealed class EventCorpusTests(EventPipelineFixture fixture, ITestOutputHelper output)
{
    // Floors just under the figures measured when the stage was written (dev: mention F1 1.00, type 1.00, date 0.875,
    // fatalities 1.00; dev-voa: F1 0.605, type 0.91, date 0.87, fatalities 0.96), so regressions fail. dev-voa's date
    // floor is 0.75 since the rules ablation of issue #19 deleted join-same-count (one fold's worth; dev-voa's date
    // accuracy 0.794 → 0.771 here): the rules were written on these stories, so their figures here are not the yardstick.
    [Theory]
    [InlineData("dev", 0.95, 0.95, 0.85, 0.95)]
    [InlineData("dev-voa", 0.58, 0.85, 0.75, 0.9)]
    public async Task Event_mentions_score_on_the_development_corpora(string corpus, double mentionF1, double type, double date, double fatalities)
    {
        var report = await ScoreAsync(corpus);
        using var writer = new StringWriter();
        EvaluationReportText.Write(writer, report, 200);
        output.WriteLine(writer.ToString());
        Assert.True(report.Mention.F1 >= mentionF1, $"mention F1 {report.Mention.F1:0.000}");
        Assert.True(report.Type.Value >= type, $"type accuracy {report.Type.Value:0.000}");
        Assert.True(report.Date.Value >= date, $"date accuracy {report.Date.Value:0.000}");
        Assert.True(report.Fatalities.Value >= fatalities, $"fatalities accuracy {report.Fatalities.Value:0.000}");
        Assert.Equal(0, report.AggregatesAsIncidents);
    }

    private async Task<EvaluationReport> ScoreAsync(string corpus)
    {
        var folder = Path.Combine(CorpusRoot(), corpus);
        var gold = GoldCorpusLoader.Load(folder, out var diagnostics) ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
        using var client = InputReader.CreateHttpClient();
        var reader = new InputReader(client);
        var documents = new List<Document>();
        await foreach (var outcome in reader.ReadAsync(Path.Combine(folder, "articles"), CancellationToken.None))
        {
            if (outcome is ArticleRead read)
            {
                var document = DocumentFactory.FromArticle(read.Article);
                fixture.Pipeline.Process(document);
                documents.Add(document);
                Dump(document);
            }
        }

        var articles = documents.ToDictionary(
            d => d.Id,
            d => new EvaluationArticle(d.Id, d.Text, [.. d.Get<SentenceLayer>().Sentences.Select(s => s.Span)]),
            StringComparer.Ordinal);
        return EvaluationScorer.Score(gold, articles, EventPredictionMapper.FromDocuments(documents));
    }

    private static string CorpusRoot() => Path.Combine(TestPaths.Shared, "corpus");

    private void Dump(Document document)
    {
        var layer = document.Get<EventLayer>();
        foreach (var m in layer.Mentions)
        {
            output.WriteLine(
                $"{document.Id} s{string.Join(",", m.SentenceIndexes)} {m.Type}/{m.Mode} {m.Kind} {m.Modality} '{m.Trigger.Of(document.Text)}' " +
                $"A=[{string.Join("|", m.Actors.Select(a => a.Name))}] R=[{string.Join("|", m.Recipients.Select(a => a.Name))}] " +
                $"D={m.Date} P={m.Place?.Name}/{m.Place?.Country} F={m.Fatalities}");
        }

        foreach (var q in document.Get<QuoteLayer>().Quotes)
        {
            output.WriteLine($"  quote {q.Span} by {q.Speaker} → event {q.Event}");
        }
    }
}