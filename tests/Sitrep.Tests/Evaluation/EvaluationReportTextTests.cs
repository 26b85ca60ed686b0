using Sitrep.Evaluation;

using static Sitrep.Tests.Evaluation.ScoringCorpus;

namespace Sitrep.Tests.Evaluation;

public sealed class EvaluationReportTextTests
{
    [Fact]
    public void The_table_has_a_row_per_score_and_the_misses_with_their_evidence()
    {
        using var writer = new StringWriter();

        EvaluationReportText.Write(writer, Score(), maxMisses: 1);

        var text = writer.ToString();
        foreach (var row in new[] { "mention P / R / F1", "type accuracy", "mode accuracy", "date accuracy", "date overlap", "place country", "place admin1", "place name", "actor F1", "fatalities accuracy", "clustering B³ P / R / F1", "aggregate errors" })
        {
            Assert.Contains(row, text, StringComparison.Ordinal);
        }

        Assert.Contains("misses (1 of 5):", text, StringComparison.Ordinal);
        Assert.Contains("\"Troops shelled the town\"", text, StringComparison.Ordinal);
        Assert.Contains("predicted nothing", text, StringComparison.Ordinal);
    }
}