namespace Sitrep.Documents;

/// <summary>One token of a <see cref="TokenLayer"/>: a span of the text and what kind of token it is.</summary>
/// <param name="Span">The characters of the token in the document text.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>Offset of the first character.</summary>
    public int Start => Span.Start;

    /// <summary>Offset one past the last character.</summary>
    public int End => Span.End;
}