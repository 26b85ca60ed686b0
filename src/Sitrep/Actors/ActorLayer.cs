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
}