using System.Collections.Immutable;

using Sitrep.Documents;

namespace Sitrep.Quantities;

/// <summary>The "quantities" layer: every count of the text in text order, with its range and casualty semantics.</summary>
public sealed class QuantityLayer : IDocumentLayer
{
    /// <summary>Creates the layer; <paramref name="quantities"/> must be in text order.</summary>
    public QuantityLayer(ImmutableArray<Quantity> quantities) => Quantities = quantities;

    /// <summary>The counts in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <inheritdoc/>
    public string Name => "quantities";
}