
using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>The places stage's layer: each place mention with its resolved <see cref="Place"/>.</summary>
public sealed class PlaceLayer : IDocumentLayer
{
    /// <summary>Creates the layer from mentions in text order.</summary>
    public PlaceLayer(IReadOnlyList<PlaceMention> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    /// <inheritdoc/>
    public string Name => "places";

    /// <summary>The mentions, in text order.</summary>
    public IReadOnlyList<PlaceMention> Items { get; }
}