namespace Sitrep.Geo;

/// <summary>A word of the text as the toponym matcher sees it.</summary>
/// <param name="Start">Offset of the first code unit in the text.</param>
/// <param name="End">Offset one past the last code unit in the text.</param>
/// <param name="FoldedStart">Offset in the folded text (words joined by single spaces).</param>
/// <param name="FoldedEnd">End offset in the folded text.</param>
/// <param name="Capitalised">The word starts with an upper-case letter.</param>
/// <param name="AllCaps">Every letter is upper case ("US", "FARC").</param>
/// <param name="BreakBefore">Punctuation other than spaces, hyphens, dashes, apostrophes or an abbreviation's
/// period separates this word from the previous one, so no name spans both.</param>
/// <param name="SentenceStart">The word opens a sentence (or the text), where capitals say nothing.</param>
internal readonly record struct ToponymToken(
    int Start, int End, int FoldedStart, int FoldedEnd, bool Capitalised, bool AllCaps, bool BreakBefore, bool SentenceStart);