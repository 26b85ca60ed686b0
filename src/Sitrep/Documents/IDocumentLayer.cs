using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>
/// One stage's annotations of a <see cref="Document"/>. Each stage owns exactly one layer type;
/// other stages read it and never change it.
/// </summary>
public interface IDocumentLayer
{
    /// <summary>The key of this layer under <c>layers</c> in <c>sitrep analyze --json</c> ("sentences", "entities", …). Never renamed.</summary>
    string Name { get; }

    /// <summary>Writes the layer's value (usually a JSON array of spans) in the shape ARCHITECTURE.md fixes.</summary>
    void WriteJson(Utf8JsonWriter writer, Document document);
}