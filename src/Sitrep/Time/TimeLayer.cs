using System.Collections.Immutable;

using Sitrep.Documents;

namespace Sitrep.Time;

/// <summary>The "times" layer: every time expression of the text, in text order, resolved against the publication date.</summary>
public sealed class TimeLayer : IDocumentLayer
{
    /// <summary>Creates the layer; <paramref name="expressions"/> must be in text order and must not overlap.</summary>
    public TimeLayer(ImmutableArray<TimeExpression> expressions) => Expressions = expressions;

    /// <summary>The time expressions in text order.</summary>
    public ImmutableArray<TimeExpression> Expressions { get; }

    /// <inheritdoc/>
    public string Name => "times";
}