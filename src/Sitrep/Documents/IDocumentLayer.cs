namespace Sitrep.Documents;

/// <summary>
/// One stage's annotations of a <see cref="Document"/>. Each stage owns exactly one layer type;
/// other stages read it and never change it. A layer holds annotations only: <c>Sitrep.Json.LayerJson</c> writes it.
/// </summary>
public interface IDocumentLayer
{
    /// <summary>The key of this layer under <c>layers</c> in <c>sitrep analyze --json</c> ("sentences", "entities", …). Never renamed.</summary>
    string Name { get; }
}