using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>Writes a <see cref="Document"/> in the "analysed document as JSON" shape of ARCHITECTURE.md.</summary>
public static class DocumentJsonWriter
{
    /// <summary>Writes the document, its metadata and every layer to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new Utf8JsonWriter(stream, SitrepJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        SitrepJson.WriteDate(writer, "published", document.Published);
        writer.WriteString("title", document.Title);
        writer.WriteString("text", document.Text);
        writer.WriteStartObject("layers");
        foreach (var layer in document.Layers)
        {
            writer.WritePropertyName(layer.Name);
            LayerJson.Write(writer, layer, document);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}