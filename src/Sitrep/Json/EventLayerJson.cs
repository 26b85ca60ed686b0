using System.Text.Json;

using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Quantities;

namespace Sitrep.Json;

/// <summary>
/// The "events" layer, ARCHITECTURE.md's <c>events</c> entries: start, end, trigger, type, mode, kind, modality, actors,
/// recipients, date (from, to), place (name, country, admin1), fatalities, injuries, arrests (min, max) and sentences.
/// </summary>
internal static class EventLayerJson
{
    public static void Write(Utf8JsonWriter writer, EventLayer layer, Document document)
    {
        writer.WriteStartArray();
        foreach (var m in layer.Mentions)
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
                SitrepJson.WriteDate(writer, "from", date.From);
                SitrepJson.WriteDate(writer, "to", date.To);
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