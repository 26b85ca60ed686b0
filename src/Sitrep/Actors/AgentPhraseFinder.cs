using Sitrep.Documents;

namespace Sitrep.Actors;

/// <summary>
/// Finds agent nouns of the dictionary in the tokens (longest match) and the countries that qualify them: a demonym
/// or name before ("Ecuadorian forces", "Ecuador's defense ministry"), coordinated ones ("U.S. and Ecuadoran forces"),
/// or one after "in/of/from" ("security forces in Somalia").
/// </summary>
internal sealed class AgentPhraseFinder(ActorDictionary dictionary)
{
    public List<AgentPhrase> Find(string text, TokenLayer tokens, bool[] blocked)
    {
        var found = new List<AgentPhrase>();
        // Folding a key per token per phrase length was most of the stage's time; a phrase is looked up only when its
        // last word can end an agent noun form (folding is per character, so the phrase's key ends in that word).
        var canEnd = new bool[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (IsWord(tokens, t))
            {
                var word = Key(text, tokens, t, t);
                canEnd[t] = word.Length == 0 || dictionary.AgentLastWords.Contains(word[(word.LastIndexOf(' ') + 1)..]);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (blocked[i] || !IsWord(tokens, i) || InsideName(text, tokens, i))
            {
                continue;
            }

            for (var len = Math.Min(dictionary.MaxAgentWords, tokens.Count - i); len >= 1; len--)
            {
                var last = i + len - 1;
                if (!canEnd[last] || blocked[last] || !IsWord(tokens, last) || tokens.TextOf(text, last) is ['\'' or '\u2019', ..] || dictionary.FindAgentByKey(Key(text, tokens, i, last)) is not AgentNoun noun)
                {
                    continue;
                }

                found.Add(new AgentPhrase(i, last, noun, Countries(text, tokens, i, last)));
                i = last;
                break;
            }
        }

        return found;
    }

    private List<(CountryActors, int, int)> Countries(string text, TokenLayer tokens, int first, int last)
    {
        var countries = new List<(CountryActors, int, int)>();
        var k = first - 1;
        while (k >= 0 && ActorWords.Fillers.Contains(Lower(text, tokens, k)))
        {
            k--;
        }

        // One noun modifier of the agent the filler list does not know: "the Moroccan counterterror agency".
        if (k >= 1 && IsNounModifier(text, tokens, k)
            && (CountryEndingAt(text, tokens, k - 1) is not null || (k >= 2 && Lower(text, tokens, k - 1) is "'s" or "’s" && CountryEndingAt(text, tokens, k - 2) is not null)))
        {
            k--;
        }

        while (k >= 0)
        {
            var end = k;
            if (Lower(text, tokens, k) is "'s" or "’s" or "'")
            {
                end = k - 1;
            }

            if (end < 0 || CountryEndingAt(text, tokens, end) is not var (country, start))
            {
                break;
            }

            countries.Insert(0, (country, start, end));
            k = start - 1;
            if (k >= 1 && Lower(text, tokens, k) is "and" or "," or "&")
            {
                k--;
                if (Lower(text, tokens, k) == "the")
                {
                    k--;
                }

                continue;
            }

            break;
        }

        if (countries.Count == 0 && last + 2 < tokens.Count && ActorWords.AgentCountryLinks.Contains(Lower(text, tokens, last + 1)))
        {
            var start = last + 2;
            if (Lower(text, tokens, start) == "the" && start + 1 < tokens.Count)
            {
                start++;
            }

            for (var len = Math.Min(dictionary.MaxCountryWords, tokens.Count - start); len >= 1; len--)
            {
                if (IsCapitalized(text, tokens, start) && dictionary.FindCountryByKey(Key(text, tokens, start, start + len - 1)) is { } after)
                {
                    countries.Add((after, start, start + len - 1));
                    break;
                }
            }
        }

        return countries;
    }

    // A lower-case word that is neither a past form nor a plural ("arrested", "arrests") nor a function word: the verb
    // in "Kenya arrested militants" does not make them Kenyan.
    private static bool IsNounModifier(string text, TokenLayer tokens, int index)
    {
        var word = Lower(text, tokens, index);
        return tokens.KindOf(index) == TokenKind.Word && word.Length >= 4 && !char.IsUpper(tokens.TextOf(text, index)[0])
            && word.All(c => char.IsLetter(c) || c == '-') && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith('s')
            && !ActorWords.FunctionWords.Contains(word);
    }

    private (CountryActors, int)? CountryEndingAt(string text, TokenLayer tokens, int end)
    {
        for (var len = Math.Min(dictionary.MaxCountryWords, end + 1); len >= 1; len--)
        {
            var start = end - len + 1;
            if (IsCapitalized(text, tokens, start) && dictionary.FindCountryByKey(Key(text, tokens, start, end)) is { } country)
            {
                return (country, start);
            }
        }

        return null;
    }

    // "United States", "Public Ministry": a capitalised agent word after a capitalised non-country word is part of a name.
    private bool InsideName(string text, TokenLayer tokens, int index) =>
        index > 0 && IsCapitalized(text, tokens, index) && IsCapitalized(text, tokens, index - 1)
        && dictionary.FindCountryByKey(Key(text, tokens, index - 1, index - 1)) is null;

    internal static string Key(string text, TokenLayer tokens, int first, int last) =>
        ActorKey.Fold(text.AsSpan(tokens.StartOf(first), WordEnd(text, tokens, last) - tokens.StartOf(first)));

    /// <summary>The end of token <paramref name="index"/> without a possessive the tokenizer left on it ("administration’s").</summary>
    internal static int WordEnd(string text, TokenLayer tokens, int index)
    {
        var word = tokens.TextOf(text, index);
        var end = tokens.EndOf(index);
        if (word.Length > 3 && word[^1] is 's' && word[^2] is '\'' or '\u2019')
        {
            return end - 2;
        }

        return word.Length > 3 && word[^1] is '\'' or '\u2019' && word[^2] == 's' ? end - 1 : end;
    }

    private static string Lower(string text, TokenLayer tokens, int index) => tokens.TextOf(text, index).ToString().ToLowerInvariant();

    private static bool IsWord(TokenLayer tokens, int index) => tokens.KindOf(index) is TokenKind.Word or TokenKind.Abbreviation;

    // Country words are proper nouns: "US" is the country, "us" the pronoun.
    private static bool IsCapitalized(string text, TokenLayer tokens, int index) =>
        IsWord(tokens, index) && tokens.TextOf(text, index) is { Length: > 0 } word && char.IsUpper(word[0]);
}