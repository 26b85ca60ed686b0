using System.Text.Json;

using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Json;

/// <summary>
/// The "times" layer: <c>[{ "start", "end", "text", "from", "to", "precision" }]</c> as ARCHITECTURE.md fixes (from/to
/// null when unresolved), plus "anchor" for open ranges and "monthDay" (<c>--MM-DD</c>) for a month-day of unknown year.
/// </summary>
internal static class TimeLayerJson
{
    public static void Write(Utf8JsonWriter writer, TimeLayer layer, Document document)
    {
        writer.WriteStartArray();
        foreach (var expression in layer.Expressions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", expression.Span.Start);
            writer.WriteNumber("end", expression.Span.End);
            writer.WriteString("text", expression.Span.Of(document.Text));
            SitrepJson.WriteDate(writer, "from", expression.Interval?.From);
            SitrepJson.WriteDate(writer, "to", expression.Interval?.To);
            writer.WriteString("precision", expression.Precision.ToJsonName());
            if (expression.Anchor is DateInterval anchor)
            {
                writer.WriteStartObject("anchor");
                SitrepJson.WriteDate(writer, "from", anchor.From);
                SitrepJson.WriteDate(writer, "to", anchor.To);
                writer.WriteString("precision", anchor.Precision.ToJsonName());
                writer.WriteEndObject();
            }

            if (expression.MonthDay is YearlessDate monthDay)
            {
                writer.WriteString("monthDay", monthDay.ToString());
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}