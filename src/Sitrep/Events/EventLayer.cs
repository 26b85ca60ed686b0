using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>The "events" layer: the event mentions of the document in order of their first sentence.</summary>
public sealed class EventLayer : IDocumentLayer
{
    /// <summary>Creates the layer.</summary>
    public EventLayer(IReadOnlyList<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        Mentions = mentions;
    }

    /// <summary>The mentions.</summary>
    public IReadOnlyList<EventMention> Mentions { get; }

    /// <inheritdoc/>
    public string Name => "events";
}