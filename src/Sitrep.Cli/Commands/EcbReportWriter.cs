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
        var table = new Table().AddColumns("method", "cut", "B³ precision", "B³ recall", "B³ F1", "F1 excl. dev", "predicted events", "seconds");
        foreach (var method in evaluation.Methods)
        {
            table.AddRow(
                Markup.Escape(method.Method),
                Markup.Escape(method.Threshold is { } t ? $"{method.Cut} {Fmt(t, "0.00")}" : method.Cut),
                Fmt(method.BCubed.Precision),
                Fmt(method.BCubed.Recall),
                Fmt(method.BCubed.F1),
                Fmt(method.HeldOutBCubed.F1),
                method.PredictedEvents.ToString(CultureInfo.InvariantCulture),
                method.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        if (evaluation.Coverage is { } c)
        {
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Sitrep found {c.Mentions} event mentions in {c.DocumentsWithMentions} of {c.Documents} documents; {c.DocumentsLinked} documents share an event with another document of their topic.")));
        }

        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{evaluation.Documents} documents, {evaluation.Topics} topics, {evaluation.GoldEvents} gold events; B³ micro-averaged over documents; thresholds chosen on topics {Topics(evaluation)}; {evaluation.Elapsed.TotalSeconds:0.0} s (+ {loaded.TotalSeconds:0.0} s reading and loading)")));
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
            if (evaluation.Coverage is { } c)
            {
                writer.WriteStartObject("sitrep_coverage");
                writer.WriteNumber("documents", c.Documents);
                writer.WriteNumber("mentions", c.Mentions);
                writer.WriteNumber("documents_with_mentions", c.DocumentsWithMentions);
                writer.WriteNumber("documents_linked", c.DocumentsLinked);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("sitrep_coverage");
            }

            writer.WriteStartArray("tuning_topics");
            foreach (var topic in evaluation.TuningTopics)
            {
                writer.WriteStringValue(topic);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("methods");
            foreach (var method in evaluation.Methods)
            {
                writer.WriteStartObject();
                writer.WriteString("method", method.Method);
                writer.WriteString("cut", method.Cut);
                if (method.Threshold is { } threshold)
                {
                    writer.WriteNumber("threshold", threshold);
                }
                else
                {
                    writer.WriteNull("threshold");
                }

                WriteScore(writer, method.BCubed);
                WriteScore(writer, method.HeldOutBCubed, "b3_excluding_dev");
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

    private static void WriteScore(System.Text.Json.Utf8JsonWriter writer, PrecisionRecall score, string name = "b3")
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", Math.Round(score.Precision, 4));
        writer.WriteNumber("recall", Math.Round(score.Recall, 4));
        writer.WriteNumber("f1", Math.Round(score.F1, 4));
        writer.WriteEndObject();
    }

    private static string Topics(EcbEvaluation evaluation) =>
        evaluation.TuningTopics.Count == 0 ? "(none read)" : string.Join(", ", evaluation.TuningTopics);

    private static string Fmt(double value, string format = "0.000") => value.ToString(format, CultureInfo.InvariantCulture);
}