using System.Globalization;
using Sitrep.Text.Lexicon;

namespace Sitrep.Encoder;

/// <summary>
/// BERT's uncased accent stripping (NFD, then drop the non-spacing marks) for precomposed Latin letters
/// (U+00C0–U+024F, U+1E00–U+1EFF). Sitrep runs with <c>InvariantGlobalization</c>, under which
/// <c>string.Normalize(FormD)</c> leaves text unchanged, so the decompositions come from Sitrep's one folding table
/// (<see cref="LatinFolding.TryDecompose"/>: its letters NFD decomposes; BERT keeps ø, ß, æ …). Other scripts'
/// precomposed letters are rare in English news and pass unchanged.
/// </summary>
internal static class AccentStripping
{
    /// <summary>Appends <paramref name="c"/> lower-cased and without its accents; false when nothing is left (a combining mark).</summary>
    public static bool TryStrip(char c, out char stripped)
    {
        stripped = char.ToLowerInvariant(LatinFolding.TryDecompose(c, out var letter) ? letter : c);
        return CharUnicodeInfo.GetUnicodeCategory(stripped) != UnicodeCategory.NonSpacingMark;
    }
}