using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Time;

/// <summary>The "times" layer: every time expression of the text, in text order, resolved against the publication date.</summary>
public sealed class TimeLayer : IDocumentLayer
{
    /// <summary>Creates the layer; <paramref name="expressions"/> must be in text order and must not overlap.</summary>
    public TimeLayer(ImmutableArray<TimeExpression> expressions) => Expressions = expressions;

    /// <summary>The time expressions in text order.</summary>
    public ImmutableArray<TimeExpression> Expressions { get; }

    /// <inheritdoc/>
    public string Name => "times";

    /// <summary>
    /// Writes <c>[{ "start", "end", "text", "from", "to", "precision" }]</c> as ARCHITECTURE.md fixes (from/to null when
    /// unresolved), plus "anchor" for open ranges and "monthDay" (<c>--MM-DD</c>) for a month-day of unknown year.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var expression in Expressions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", expression.Span.Start);
            writer.WriteNumber("end", expression.Span.End);
            writer.WriteString("text", expression.Span.Of(document.Text));
            WriteDate(writer, "from", expression.Interval?.From);
            WriteDate(writer, "to", expression.Interval?.To);
            writer.WriteString("precision", expression.Precision.ToJsonName());
            if (expression.Anchor is DateInterval anchor)
            {
                writer.WriteStartObject("anchor");
                WriteDate(writer, "from", anchor.From);
                WriteDate(writer, "to", anchor.To);
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

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is DateOnly day)
        {
            writer.WriteString(name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}