using Sitrep.Text.Lexicon;

namespace Sitrep.Geo;

/// <summary>
/// Folds toponyms for accent- and case-insensitive lookup: every UTF-16 code unit maps to exactly one code unit,
/// so offsets in folded text are offsets in the original. The gazetteer builder folds its keys with the same code.
/// </summary>
/// <remarks>
/// The table comes from <see cref="LatinFolding"/> (the first letter of each folding, lower-cased) rather than from
/// <c>string.Normalize(FormD)</c>, because the project runs with invariant globalization, where normalization is a
/// no-op (measured: "í" stays one code unit). Before there was one table, this class wrote out its own; the derived
/// table is the same for every code unit below U+2000.
/// </remarks>
internal static class ToponymFolding
{
    private static readonly char[] Table = BuildTable();

    /// <summary>The folded form of one code unit: lower case, diacritics removed for Latin letters.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c < Table.Length ? Table[c] : char.ToLowerInvariant(c);
    }

    /// <summary>True for the code units that make up words of a toponym (letters and digits).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>
    /// The lookup key of a name: its words folded and joined by one space ("Cayapas–Mataje" → "cayapas mataje",
    /// "Côte d'Ivoire" → "cote d ivoire"). Empty when the name has no word characters.
    /// </summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (!IsWordChar(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = Fold(c);
        }

        return new string(buffer[..length]);
    }

    /// <summary>
    /// The key with doubled letters collapsed ("middle shabelle" → "middle shabele"), a second-chance lookup for
    /// transliterations that disagree only on doubling (GeoNames spells "Middle Shabele", news "Middle Shabelle").
    /// </summary>
    public static string Squeeze(ReadOnlySpan<char> key)
    {
        Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (length > 0 && buffer[length - 1] == c && char.IsLetter(c))
            {
                continue;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    private static char[] BuildTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            // One code unit per code unit: "ß" keys as "s" and "æ" as "a", the first letter of their folding.
            table[i] = LatinFolding.Fold((char)i) is { } folded ? char.ToLowerInvariant(folded[0]) : char.ToLowerInvariant((char)i);
        }

        return table;
    }
}