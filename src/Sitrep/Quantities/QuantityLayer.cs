using System.Collections.Immutable;
using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Quantities;

/// <summary>The "quantities" layer: every count of the text in text order, with its range and casualty semantics.</summary>
public sealed class QuantityLayer : IDocumentLayer
{
    /// <summary>Creates the layer; <paramref name="quantities"/> must be in text order.</summary>
    public QuantityLayer(ImmutableArray<Quantity> quantities) => Quantities = quantities;

    /// <summary>The counts in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <inheritdoc/>
    public string Name => "quantities";

    /// <summary>Writes <c>[{ "start", "end", "text", "min", "max", "semantics" }]</c> plus "victims" where the text describes them.</summary>
    public void WriteJson(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var quantity in Quantities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", quantity.Span.Start);
            writer.WriteNumber("end", quantity.Span.End);
            writer.WriteString("text", quantity.Span.Of(document.Text));
            writer.WriteNumber("min", quantity.Range.Min);
            writer.WriteNumber("max", quantity.Range.Max);
            writer.WriteString("semantics", quantity.Semantics.ToJsonName());
            if (quantity.Victims is TextSpan victims)
            {
                writer.WriteString("victims", victims.Of(document.Text));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}