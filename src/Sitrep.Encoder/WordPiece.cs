using Sitrep.Documents;

namespace Sitrep.Encoder;

/// <summary>One word piece: its vocabulary id and the characters of the document it spells.</summary>
internal readonly record struct WordPiece(int Id, TextSpan Span);