using System.Globalization;
using Sitrep.Evaluation;
using Sitrep.Evaluation.Ecb;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>The output of <c>sitrep eval-ecb</c>: a table for people, JSON for tools.</summary>
internal static class EcbReportWriter
{
    public static void WriteTable(IAnsiConsole console, EcbEvaluation evaluation, TimeSpan loaded)
    {
        var table = new Table().AddColumns("method", "B³ precision", "B³ recall", "B³ F1", "predicted events", "seconds");
        foreach (var method in evaluation.Methods)
        {
            table.AddRow(
                Markup.Escape(method.Method),
                Fmt(method.BCubed.Precision),
                Fmt(method.BCubed.Recall),
                Fmt(method.BCubed.F1),
                method.PredictedEvents.ToString(CultureInfo.InvariantCulture),
                method.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{evaluation.Documents} documents, {evaluation.Topics} topics, {evaluation.GoldEvents} gold events; B³ micro-averaged over documents; {evaluation.Elapsed.TotalSeconds:0.0} s (+ {loaded.TotalSeconds:0.0} s reading and loading)")));
    }

    public static void WriteJson(TextWriter output, string folder, EcbEvaluation evaluation, TimeSpan loaded) =>
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("corpus", folder);
            writer.WriteNumber("topics", evaluation.Topics);
            writer.WriteNumber("documents", evaluation.Documents);
            writer.WriteNumber("gold_events", evaluation.GoldEvents);
            writer.WriteNumber("seconds", Math.Round(evaluation.Elapsed.TotalSeconds, 3));
            writer.WriteNumber("load_seconds", Math.Round(loaded.TotalSeconds, 3));
            writer.WriteString("sitrep_skipped", evaluation.SitrepSkipped);
            writer.WriteStartArray("methods");
            foreach (var method in evaluation.Methods)
            {
                writer.WriteStartObject();
                writer.WriteString("method", method.Method);
                WriteScore(writer, method.BCubed);
                writer.WriteNumber("predicted_events", method.PredictedEvents);
                writer.WriteNumber("seconds", Math.Round(method.Elapsed.TotalSeconds, 3));
                writer.WriteStartArray("per_topic");
                foreach (var topic in method.Topics)
                {
                    writer.WriteStartObject();
                    writer.WriteString("topic", topic.Topic);
                    writer.WriteNumber("documents", topic.Documents);
                    writer.WriteNumber("predicted_events", topic.PredictedEvents);
                    WriteScore(writer, topic.BCubed);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteScore(System.Text.Json.Utf8JsonWriter writer, PrecisionRecall score)
    {
        writer.WriteStartObject("b3");
        writer.WriteNumber("precision", Math.Round(score.Precision, 4));
        writer.WriteNumber("recall", Math.Round(score.Recall, 4));
        writer.WriteNumber("f1", Math.Round(score.F1, 4));
        writer.WriteEndObject();
    }

    private static string Fmt(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
