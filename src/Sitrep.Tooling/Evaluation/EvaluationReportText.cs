using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as the human table of <c>sitrep eval</c>: one score a line with its counts, then the misses.</summary>
public static class EvaluationReportText
{
    /// <summary>Writes the score table and at most <paramref name="maxMisses"/> misses to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, EvaluationReport report, int maxMisses)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegative(maxMisses);
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(c, $"corpus {report.Corpus}: {report.Articles} articles, {report.GoldEvents} gold events, {report.PredictedEvents} predicted, {report.AlignedEvents} aligned incidents"));
        writer.WriteLine();
        Row(writer, "mention P / R / F1", Triple(report.Mention), string.Create(c, $"{report.MatchedMentions} matched of {report.PredictedMentions} predicted, {report.GoldMentions} gold"));
        Row(writer, "type accuracy", Number(report.Type.Value), report.Type.ToString());
        Row(writer, "mode accuracy", Number(report.Mode.Value), report.Mode.ToString());
        Row(writer, "date accuracy", Number(report.Date.Value), report.Date.ToString());
        Row(writer, "date overlap", Number(report.DateOverlap.Value), report.DateOverlap.ToString());
        Row(writer, "place country", Number(report.PlaceCountry.Value), report.PlaceCountry.ToString());
        Row(writer, "place admin1", Number(report.PlaceAdmin1.Value), report.PlaceAdmin1.ToString());
        Row(writer, "place name", Number(report.PlaceName.Value), report.PlaceName.ToString());
        Row(writer, "actor F1", Number(report.Actor.F1), string.Create(c, $"{report.ActorsMatched} matched of {report.ActorsPredicted} predicted, {report.ActorsGold} gold"));
        Row(writer, "fatalities accuracy", Number(report.Fatalities.Value), report.Fatalities.ToString());
        Row(writer, "clustering B³ P / R / F1", Triple(report.BCubed), "over matched mentions");
        Row(writer, "aggregate errors", report.AggregateErrors.ToString(c), string.Create(c, $"{report.IncidentsMergedWithAggregates} merged, {report.AggregatesAsIncidents} as incidents"));

        foreach (var diagnostic in report.Diagnostics)
        {
            writer.WriteLine("warning: " + diagnostic);
        }

        if (report.Misses.Count == 0 || maxMisses == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(string.Create(c, $"misses ({Math.Min(maxMisses, report.Misses.Count)} of {report.Misses.Count}):"));
        foreach (var miss in report.Misses.Take(maxMisses))
        {
            writer.WriteLine($"  {miss.Article} {miss.Field}: gold {miss.Gold}; predicted {miss.Predicted}");
            writer.WriteLine($"    \"{miss.Evidence}\"");
        }
    }

    private static void Row(TextWriter writer, string name, string value, string detail) =>
        writer.WriteLine($"{name,-26}{value,-24}{detail}");

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Triple(PrecisionRecall scores) =>
        $"{Number(scores.Precision)} / {Number(scores.Recall)} / {Number(scores.F1)}";
}