namespace Sitrep.Text.Ner;

/// <summary>An entity of a source corpus in its own type set, over word indices [Start, End).</summary>
internal readonly record struct RawSpan(int Start, int End, string Type);