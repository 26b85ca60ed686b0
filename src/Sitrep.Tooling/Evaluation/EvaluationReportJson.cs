using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Writes an <see cref="EvaluationReport"/> in the <c>--json</c> shape of EVALUATION.md. Every key there is written
/// under its name; the extra keys (counts behind each ratio, <c>aligned_events</c>, the aggregate error breakdown,
/// <c>misses_total</c>, <c>warnings</c>) only add to it.
/// </summary>
public static class EvaluationReportJson
{
    /// <summary>Writes the report to <paramref name="stream"/>, with at most <paramref name="maxMisses"/> misses (all are counted in <c>misses_total</c>).</summary>
    public static void Write(Stream stream, EvaluationReport report, int maxMisses)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegative(maxMisses);
        using var writer = new Utf8JsonWriter(stream, SitrepJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("corpus", report.Corpus);
        writer.WriteNumber("articles", report.Articles);
        writer.WriteNumber("gold_events", report.GoldEvents);
        writer.WriteNumber("predicted_events", report.PredictedEvents);

        writer.WriteStartObject("mention");
        WriteScores(writer, report.Mention);
        writer.WriteNumber("matched", report.MatchedMentions);
        writer.WriteNumber("predicted", report.PredictedMentions);
        writer.WriteNumber("gold", report.GoldMentions);
        writer.WriteEndObject();

        writer.WriteNumber("type_accuracy", Round(report.Type.Value));
        writer.WriteNumber("mode_accuracy", Round(report.Mode.Value));
        writer.WriteNumber("date_accuracy", Round(report.Date.Value));
        writer.WriteNumber("date_overlap", Round(report.DateOverlap.Value));
        writer.WriteStartObject("place");
        writer.WriteNumber("country", Round(report.PlaceCountry.Value));
        writer.WriteNumber("admin1", Round(report.PlaceAdmin1.Value));
        writer.WriteNumber("name", Round(report.PlaceName.Value));
        writer.WriteEndObject();
        writer.WriteNumber("actor_f1", Round(report.Actor.F1));
        writer.WriteNumber("fatalities_accuracy", Round(report.Fatalities.Value));
        writer.WriteStartObject("b3");
        WriteScores(writer, report.BCubed);
        writer.WriteEndObject();
        writer.WriteNumber("aggregate_errors", report.AggregateErrors);

        writer.WriteNumber("aligned_events", report.AlignedEvents);
        writer.WriteStartObject("actor");
        WriteScores(writer, report.Actor);
        writer.WriteNumber("matched", report.ActorsMatched);
        writer.WriteNumber("predicted", report.ActorsPredicted);
        writer.WriteNumber("gold", report.ActorsGold);
        writer.WriteEndObject();
        writer.WriteStartObject("counts");
        WriteRatio(writer, "type", report.Type);
        WriteRatio(writer, "mode", report.Mode);
        WriteRatio(writer, "date", report.Date);
        WriteRatio(writer, "date_overlap", report.DateOverlap);
        WriteRatio(writer, "place_country", report.PlaceCountry);
        WriteRatio(writer, "place_admin1", report.PlaceAdmin1);
        WriteRatio(writer, "place_name", report.PlaceName);
        WriteRatio(writer, "fatalities", report.Fatalities);
        writer.WriteEndObject();
        writer.WriteStartObject("aggregate_error_detail");
        writer.WriteNumber("incidents_merged_with_aggregates", report.IncidentsMergedWithAggregates);
        writer.WriteNumber("aggregates_as_incidents", report.AggregatesAsIncidents);
        writer.WriteEndObject();
        writer.WriteStartArray("warnings");
        foreach (var diagnostic in report.Diagnostics)
        {
            writer.WriteStringValue(diagnostic.ToString());
        }

        writer.WriteEndArray();
        writer.WriteNumber("misses_total", report.Misses.Count);
        writer.WriteStartArray("misses");
        foreach (var miss in report.Misses.Take(maxMisses))
        {
            writer.WriteStartObject();
            writer.WriteString("article", miss.Article);
            writer.WriteString("evidence", miss.Evidence);
            writer.WriteString("field", miss.Field);
            writer.WriteString("gold", miss.Gold);
            writer.WriteString("predicted", miss.Predicted);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteScores(Utf8JsonWriter writer, PrecisionRecall scores)
    {
        writer.WriteNumber("precision", Round(scores.Precision));
        writer.WriteNumber("recall", Round(scores.Recall));
        writer.WriteNumber("f1", Round(scores.F1));
    }

    private static void WriteRatio(Utf8JsonWriter writer, string name, EvaluationRatio ratio)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("correct", ratio.Correct);
        writer.WriteNumber("total", ratio.Total);
        writer.WriteEndObject();
    }

    // Six places keep the figures exact enough to compare runs while sparing readers 0.30000000000000004.
    private static double Round(double value) => Math.Round(value, 6);
}