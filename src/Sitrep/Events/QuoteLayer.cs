using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>The "quotes" layer: direct quotations with their speakers and the event mention each speaks of.</summary>
public sealed class QuoteLayer : IDocumentLayer
{
    /// <summary>Creates the layer; quotes in text order.</summary>
    public QuoteLayer(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        Quotes = quotes;
    }

    /// <summary>The quotations in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <inheritdoc/>
    public string Name => "quotes";
}