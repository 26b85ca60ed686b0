using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Actors;

/// <summary>The "actors" layer: every actor mention the actor stage resolved, in text order.</summary>
public sealed class ActorLayer : IDocumentLayer
{
    /// <summary>Creates the layer; mentions must be in text order.</summary>
    public ActorLayer(IReadOnlyList<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        Mentions = mentions;
    }

    /// <summary>The mentions, in text order.</summary>
    public IReadOnlyList<ActorMention> Mentions { get; }

    /// <inheritdoc/>
    public string Name => "actors";

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartArray();
        foreach (var mention in Mentions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", mention.Span.Start);
            writer.WriteNumber("end", mention.Span.End);
            writer.WriteString("text", mention.Span.Of(document.Text));
            writer.WriteString("actor", mention.Name);
            writer.WriteString("country", mention.Country);
            writer.WriteString("sector", mention.Sector == ActorSector.Unknown ? null : mention.Sector.ToString().ToLowerInvariant());
            writer.WriteStartArray("aliases");
            foreach (var alias in mention.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}