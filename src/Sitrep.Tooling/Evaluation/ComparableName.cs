using System.Globalization;
using System.Text;
using Sitrep.Text.Lexicon;

namespace Sitrep.Evaluation;

/// <summary>
/// Folds a name for comparison the way EVALUATION.md asks: case, diacritics, punctuation and white space are ignored,
/// so "Sucumbíos" = "sucumbios" and "U.S. Southern Command" = "US Southern Command".
/// </summary>
internal static class ComparableName
{
    /// <summary>
    /// Letters and digits only, lower case, diacritics dropped; null stays null. NFD and dropping non-spacing marks
    /// handles decomposed input (and composed input where globalization data is present); <see cref="LatinFolding"/>
    /// handles composed Latin letters under <c>InvariantGlobalization</c>, where NFD is a no-op.
    /// </summary>
    public static string? Fold(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (LatinFolding.Fold(c) is string folded)
            {
                builder.Append(folded.ToLowerInvariant());
            }
            else if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when both are null, or both fold to the same non-empty key. A name made only of punctuation matches nothing,
    /// so "?" never counts as a correct place or actor.
    /// </summary>
    public static bool Same(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var foldedA = Fold(a)!;
        return foldedA.Length > 0 && foldedA == Fold(b);
    }
}