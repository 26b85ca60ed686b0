using System.Text.Json;

using Sitrep.Events;

namespace Sitrep.Json;

/// <summary>The "quotes" layer: <c>[{ "start", "end", "speaker", "event" }]</c> (event: index into "events", or null).</summary>
internal static class QuoteLayerJson
{
    public static void Write(Utf8JsonWriter writer, QuoteLayer layer)
    {
        writer.WriteStartArray();
        foreach (var quote in layer.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", quote.Span.Start);
            writer.WriteNumber("end", quote.Span.End);
            writer.WriteString("speaker", quote.Speaker);
            if (quote.Event is int e)
            {
                writer.WriteNumber("event", e);
            }
            else
            {
                writer.WriteNull("event");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}