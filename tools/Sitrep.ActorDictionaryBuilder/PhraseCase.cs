using System.Globalization;

namespace Sitrep.ActorDictionaryBuilder;

/// <summary>PETRARCH phrases are upper case ("NICOLAS MADURO"); names are shown in title case ("Nicolas Maduro").</summary>
internal static class PhraseCase
{
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "in", "on", "de", "del", "la", "las", "los", "el", "y", "da", "do", "dos", "des", "du", "et", "al",
    };

    public static string Title(string phrase)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && Small.Contains(w))
            {
                continue;
            }

            // "U.S." and other dotted abbreviations stay upper case.
            if (w.Contains('.', StringComparison.Ordinal) && w.Length <= 6)
            {
                words[i] = w.ToUpperInvariant();
                continue;
            }

            words[i] = string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : char.ToUpper(p[0], CultureInfo.InvariantCulture) + p[1..]));
        }

        var result = string.Join(' ', words);
        return result.StartsWith("The ", StringComparison.Ordinal) && result.Length > 4 ? result[4..] : result;
    }
}