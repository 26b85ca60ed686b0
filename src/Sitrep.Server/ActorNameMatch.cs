using System.Globalization;
using System.Text;

namespace Sitrep.Server;

/// <summary>
/// Whether an actor's name holds every word of a query, case and accents ignored ("comandos frontera" finds
/// "Comandos de la Frontera", "sucumbios" finds "Sucumbíos"), for <c>/api/actors?q=</c>.
/// </summary>
internal static class ActorNameMatch
{
    public static bool Matches(string name, string query)
    {
        var folded = Fold(name);
        return query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(word => folded.Contains(Fold(word), StringComparison.Ordinal));
    }

    // Canonical decomposition, then the combining marks dropped: the same folding as the store's full-text index.
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}