using System.Globalization;
using System.Text.Json;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Quantities;

namespace Sitrep.Events;

/// <summary>The "events" layer: the event mentions of the document in order of their first sentence.</summary>
public sealed class EventLayer : IDocumentLayer
{
    /// <summary>Creates the layer.</summary>
    public EventLayer(IReadOnlyList<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        Mentions = mentions;
    }

    /// <summary>The mentions.</summary>
    public IReadOnlyList<EventMention> Mentions { get; }

    /// <inheritdoc/>
    public string Name => "events";

    /// <summary>
    /// Writes ARCHITECTURE.md's <c>events</c> entries: start, end, trigger, type, mode, kind, modality, actors, recipients,
    /// date (from, to), place (name, country, admin1), fatalities, injuries, arrests (min, max) and sentences.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var m in Mentions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", m.Span.Start);
            writer.WriteNumber("end", m.Span.End);
            writer.WriteString("trigger", m.Trigger.Of(document.Text));
            writer.WriteString("type", PloverTypeNames.NameOf(m.Type));
            writer.WriteString("mode", m.Mode);
            writer.WriteString("kind", PloverTypeNames.NameOf(m.Kind));
            writer.WriteString("modality", PloverTypeNames.NameOf(m.Modality));
            WriteNames(writer, "actors", m.Actors);
            WriteNames(writer, "recipients", m.Recipients);
            if (m.Date is { } date)
            {
                writer.WriteStartObject("date");
                writer.WriteString("from", date.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("to", date.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("date");
            }

            if (m.Place is { } place)
            {
                writer.WriteStartObject("place");
                writer.WriteString("name", place.Name);
                writer.WriteString("country", place.Country);
                writer.WriteString("admin1", place.Admin1);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("place");
            }

            WriteCount(writer, "fatalities", m.Fatalities);
            WriteCount(writer, "injuries", m.Injuries);
            WriteCount(writer, "arrests", m.Arrests);
            writer.WriteStartArray("sentences");
            foreach (var s in m.SentenceIndexes)
            {
                writer.WriteNumberValue(s);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNames(Utf8JsonWriter writer, string name, IReadOnlyList<ActorMention> actors)
    {
        writer.WriteStartArray(name);
        foreach (var a in actors)
        {
            writer.WriteStringValue(a.Name);
        }

        writer.WriteEndArray();
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, CountRange? count)
    {
        if (count is { } c)
        {
            writer.WriteStartObject(name);
            writer.WriteNumber("min", c.Min);
            writer.WriteNumber("max", c.Max);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}