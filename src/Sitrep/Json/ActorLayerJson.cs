using System.Text.Json;

using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>The "actors" layer: <c>[{ "start", "end", "text", "actor", "country", "sector", "aliases" }]</c>.</summary>
internal static class ActorLayerJson
{
    public static void Write(Utf8JsonWriter writer, ActorLayer layer, Document document)
    {
        writer.WriteStartArray();
        foreach (var mention in layer.Mentions)
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