using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>The "entities" layer: <c>[{ "start", "end", "text", "type", "title", "role", "org", "link" }]</c>.</summary>
internal static class EntityLayerJson
{
    public static void Write(Utf8JsonWriter writer, EntityLayer layer, Document document)
    {
        writer.WriteStartArray();
        foreach (var entity in layer.Entities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", entity.Span.Start);
            writer.WriteNumber("end", entity.Span.End);
            writer.WriteString("text", entity.Span.Of(document.Text));
            writer.WriteString("type", EntityTypeNames.NameOf(entity.Type));
            writer.WriteString("title", entity.Title);
            writer.WriteString("role", entity.Role);
            writer.WriteString("org", entity.Organization);
            if (entity.Link is int link)
            {
                writer.WriteNumber("link", link);
            }
            else
            {
                writer.WriteNull("link");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}