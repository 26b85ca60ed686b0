using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>The "sentences" layer: <c>[{ "start", "end" }]</c>, plus <c>"cut": "length_cap"</c> where the length cap ended one.</summary>
internal static class SentenceLayerJson
{
    public static void Write(Utf8JsonWriter writer, SentenceLayer layer)
    {
        writer.WriteStartArray();
        foreach (var sentence in layer.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Span.Start);
            writer.WriteNumber("end", sentence.Span.End);
            if (sentence.EndsAtLengthCap)
            {
                writer.WriteString("cut", "length_cap");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}