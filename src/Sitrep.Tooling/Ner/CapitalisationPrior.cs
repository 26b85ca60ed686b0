namespace Sitrep.Text.Ner;

/// <summary>
/// Counts, per lower-cased word, how often edited text writes it with a capital initial where the sentence does not
/// force one, and turns the counts into <see cref="NerCapitalisation"/> buckets. Headline-like sentences (nearly every
/// long word capitalised) and positions after an opening quote, bracket, colon or dash are not counted.
/// </summary>
internal sealed class CapitalisationPrior
{
    private readonly Dictionary<string, (int Seen, int Capital)> counts = new(StringComparer.Ordinal);

    /// <summary>The bucket of a word seen <paramref name="seen"/> times away from sentence starts, <paramref name="capital"/> of them capitalised.</summary>
    public static NerCapitalisation Bucket(int seen, int capital)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capital);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capital, seen);
        if (seen == 0)
        {
            return NerCapitalisation.Unseen;
        }

        var share = (double)capital / seen;
        return share < 0.05 ? NerCapitalisation.Never
            : share < 0.5 ? NerCapitalisation.Sometimes
            : share < 0.95 ? NerCapitalisation.Mostly
            : NerCapitalisation.Always;
    }

    /// <summary>Counts the words of one sentence of edited text.</summary>
    public void Add(IReadOnlyList<string> words)
    {
        if (IsHeadline(words))
        {
            return;
        }

        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (!char.IsLetter(word[0]) || OpensSentence(words[i - 1]))
            {
                continue;
            }

            var key = word.ToLowerInvariant();
            var (seen, capital) = counts.GetValueOrDefault(key);
            counts[key] = (seen + 1, capital + (char.IsUpper(word[0]) ? 1 : 0));
        }
    }

    /// <summary>The bucket of a lower-cased word.</summary>
    public NerCapitalisation Of(string lowerWord)
    {
        var (seen, capital) = counts.GetValueOrDefault(lowerWord);
        return Bucket(seen, capital);
    }

    // Headlines and all-capital lines capitalise every content word: fewer than a quarter of the words of four or
    // more letters start lower-case.
    private static bool IsHeadline(IReadOnlyList<string> words)
    {
        int longWords = 0, lower = 0;
        foreach (var word in words)
        {
            if (word.Length >= 4 && char.IsLetter(word[0]))
            {
                longWords++;
                lower += char.IsLower(word[0]) ? 1 : 0;
            }
        }

        return longWords >= 3 && lower * 4 < longWords;
    }

    // A quotation, a bracket, a colon or a dash may start a new sentence inside this one.
    private static bool OpensSentence(string previous) =>
        previous is "\"" or "“" or "'" or "‘" or "(" or "[" or ":" or "-" or "--" or "—" or "–" or "..." or "…" or "." or "?" or "!";
}