namespace Sitrep.Quantities;

/// <summary>A parsed count: tokens <c>[First, End)</c> of the qualifier and figure(s), and the range they allow.</summary>
internal readonly record struct CountPhrase(int First, int End, CountRange Range, int FigureToken);