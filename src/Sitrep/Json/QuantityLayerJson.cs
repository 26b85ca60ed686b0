using System.Text.Json;

using Sitrep.Documents;
using Sitrep.Quantities;

namespace Sitrep.Json;

/// <summary>The "quantities" layer: <c>[{ "start", "end", "text", "min", "max", "semantics" }]</c> plus "victims" where the text describes them.</summary>
internal static class QuantityLayerJson
{
    public static void Write(Utf8JsonWriter writer, QuantityLayer layer, Document document)
    {
        writer.WriteStartArray();
        foreach (var quantity in layer.Quantities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", quantity.Span.Start);
            writer.WriteNumber("end", quantity.Span.End);
            writer.WriteString("text", quantity.Span.Of(document.Text));
            writer.WriteNumber("min", quantity.Range.Min);
            writer.WriteNumber("max", quantity.Range.Max);
            writer.WriteString("semantics", quantity.Semantics.ToJsonName());
            SpanJson.WriteTextIfPresent(writer, "victims", quantity.Victims, document);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}