using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>The named entities of a document in text order, with titles, roles and in-document links.</summary>
public sealed class EntityLayer : IDocumentLayer
{
    /// <summary>Creates the layer; entities must be in text order and not overlap.</summary>
    public EntityLayer(ImmutableArray<Entity> entities)
    {
        for (var i = 1; i < entities.Length; i++)
        {
            if (entities[i].Span.Start < entities[i - 1].Span.End)
            {
                throw new ArgumentException($"Entity {i} overlaps or precedes entity {i - 1}.", nameof(entities));
            }
        }

        foreach (var entity in entities)
        {
            if (entity.Link is int link && link >= entities.Length)
            {
                throw new ArgumentException($"Link {link} points past the last entity.", nameof(entities));
            }
        }

        Entities = entities;
    }

    /// <inheritdoc/>
    public string Name => "entities";

    /// <summary>The entities in text order.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Follows <see cref="Entity.Link"/> to the mention that has no link: the fullest form of the name.</summary>
    public int Resolve(int index)
    {
        var current = index;
        for (var steps = 0; steps < Entities.Length && Entities[current].Link is int next; steps++)
        {
            current = next;
        }

        return current;
    }
}