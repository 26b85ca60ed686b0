using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>A span of text resolved to a <see cref="Geo.Place"/>.</summary>
/// <param name="Span">Offsets of the mention in the text ("the Colombian border", "Sucumbios").</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Place">What it refers to.</param>
public sealed record PlaceMention(TextSpan Span, string Text, Place Place);