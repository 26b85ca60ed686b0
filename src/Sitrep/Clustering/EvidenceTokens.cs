using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Sitrep.Clustering;

/// <summary>
/// The content words of a mention's evidence as a set of crude stems, and their cosine: two reports of one event share
/// its names, numbers and key nouns whatever their wording.
/// </summary>
internal static class EvidenceTokens
{
    // Stems are the first six letters: "strikes"/"strike", "Ecuadorian"/"Ecuadoran" meet without a stemmer, and the
    // collisions this causes among content words are rare enough not to matter for a similarity.
    private const int StemLength = 6;

    // Function words and reporting verbs that every news sentence shares (a short English list in the spirit of
    // the SMART stop list, plus the reporting verbs of wire copy).
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before",
        "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from",
        "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "last", "more",
        "most", "no", "not", "of", "on", "one", "or", "other", "our", "out", "over", "said", "says", "she", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
        "to", "told", "under", "up", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "will", "with", "would", "you", "according", "statement", "reported", "reports", "news", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "week", "year", "de", "del", "el", "la", "las", "los",
        "en", "y");

    /// <summary>The distinct stems of <paramref name="text"/>'s content words.</summary>
    public static HashSet<string> Of(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var folded = text.Normalize(NormalizationForm.FormD);
        var word = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (word.Length > 0)
            {
                var w = word.ToString();
                word.Clear();
                if (w.Length > 1 && !StopWords.Contains(w))
                {
                    stems.Add(w.Length > StemLength ? w[..StemLength] : w);
                }
            }
        }

        return stems;
    }

    /// <summary>The cosine of two binary bags: shared stems over the geometric mean of the sizes; 0 when either is empty.</summary>
    public static double Cosine(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return shared / Math.Sqrt((double)a.Count * b.Count);
    }
}