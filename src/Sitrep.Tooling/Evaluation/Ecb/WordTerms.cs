namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// The terms of the plain TF-IDF baseline: runs of letters and digits, lower-cased, of two characters or more. No
/// stop list and no stemming: the baseline is deliberately plain, and the idf already discounts words every document has.
/// </summary>
internal static class WordTerms
{
    public static IReadOnlyList<string> Of(string text)
    {
        var terms = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2)
                {
                    terms.Add(text[start..i].ToLowerInvariant());
                }

                start = -1;
            }
        }

        return terms;
    }
}