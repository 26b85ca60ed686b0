using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>The "quotes" layer: direct quotations with their speakers and the event mention each speaks of.</summary>
public sealed class QuoteLayer : IDocumentLayer
{
    /// <summary>Creates the layer; quotes in text order.</summary>
    public QuoteLayer(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        Quotes = quotes;
    }

    /// <summary>The quotations in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <inheritdoc/>
    public string Name => "quotes";

    /// <summary>Writes <c>[{ "start", "end", "speaker", "event" }]</c> (event: index into "events", or null).</summary>
    public void WriteJson(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var quote in Quotes)
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