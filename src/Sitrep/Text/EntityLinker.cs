using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text;

/// <summary>
/// Links mentions of one entity inside a document: a person's short names to the fullest form ("Donovan",
/// "Francis Donovan" → "Francis L. Donovan"), an acronym to its expansion, defined in parentheses
/// ("U.S. Southern Command (SOUTHCOM)") or implied by initials ("Comandos de la Frontera" … "CDF"), repeats of
/// the same name, and demonyms of one place in different spellings ("Ecuadoran" / "Ecuadorian"). Each group of
/// mentions gets one representative (the longest, first on ties) and every other mention links to it.
/// </summary>
internal sealed class EntityLinker
{
    private static readonly HashSet<string> Connectors =
        new(StringComparer.OrdinalIgnoreCase) { "of", "de", "del", "la", "las", "los", "el", "the", "and", "for", "y", "on", "in", "&" };

    private readonly TextResources resources;

    public EntityLinker(TextResources resources) => this.resources = resources;

    /// <summary>True for a word a name may hold between its initials ("of", "de la", "and").</summary>
    internal static bool IsConnector(string word) => Connectors.Contains(word);

    /// <summary>For each entity, the index of its group's representative, or -1 when it is one (or alone).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Link(string text, TokenLayer tokens, IReadOnlyList<EntityCandidate> entities)
    {
        var n = entities.Count;
        var words = new string[n][];
        for (var i = 0; i < n; i++)
        {
            words[i] = NameWords(text, tokens, entities[i]);
        }

        // The place a demonym names and the letters of a one-word name that may be an acronym, found once per
        // entity rather than once per pair.
        var demonymPlaces = new string?[n];
        var acronyms = new char[n][];
        for (var i = 0; i < n; i++)
        {
            demonymPlaces[i] = entities[i].Type == EntityType.Norp ? resources.Demonyms.GetValueOrDefault(string.Join(' ', words[i])) : null;
            acronyms[i] = words[i].Length == 1 ? AcronymLetters(words[i][0]) : [];
        }

        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        void Union(int a, int b) => parent[Find(a)] = Find(b);

        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (Corefer(entities[i], words[i], demonymPlaces[i], acronyms[i], entities[j], words[j], demonymPlaces[j], acronyms[j])
                    || DefinedInParentheses(text, tokens, entities[i], entities[j]))
                {
                    Union(j, i);
                }
            }
        }

        LinkPersonShortNames(entities, words, Union);
        var links = new int[n];
        var representative = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var root = Find(i);
            if (!representative.TryGetValue(root, out var best) || Length(text, tokens, entities[i]) > Length(text, tokens, entities[best]))
            {
                representative[root] = i;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var rep = representative[Find(i)];
            links[i] = rep == i ? -1 : rep;
        }

        return links;
    }

    private static bool Corefer(
        EntityCandidate a, string[] aWords, string? aPlace, char[] aAcronym, EntityCandidate b, string[] bWords, string? bPlace, char[] bAcronym)
    {
        if (a.Type == EntityType.Person || b.Type == EntityType.Person)
        {
            return false; // People are linked by LinkPersonShortNames.
        }

        if (a.Type == EntityType.Norp && b.Type == EntityType.Norp)
        {
            return aPlace is not null && aPlace == bPlace;
        }

        if (a.Type == EntityType.Norp || b.Type == EntityType.Norp)
        {
            return false;
        }

        if (aWords.AsSpan().SequenceEqual(bWords, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return IsInitialsOf(bAcronym, aWords) || IsInitialsOf(aAcronym, bWords);
    }

    // "U.S. Southern Command (SOUTHCOM)", "the CDF (Border Commandos)": a name in brackets right after another names it.
    private static bool DefinedInParentheses(string text, TokenLayer tokens, EntityCandidate outer, EntityCandidate inner) =>
        outer.Type != EntityType.Person && inner.Type != EntityType.Person && outer.Type != EntityType.Norp
        && inner.First == outer.End + 1 && inner.End < tokens.Count
        && tokens.TextOf(text, outer.End) is "(" && tokens.TextOf(text, inner.End) is ")";

    // The capital letters of a word that may be an acronym ("CDF", "U.S."), or none: two letters or more, none lower-case.
    private static char[] AcronymLetters(string word)
    {
        var letters = word.Where(char.IsLetter).ToArray();
        return letters.Length < 2 || letters.Any(char.IsLower) ? [] : letters;
    }

    /// <summary>True when <paramref name="acronym"/> spells the initials of <paramref name="words"/> ("CDF").</summary>
    internal static bool IsInitialsOf(string acronym, string[] words) => IsInitialsOf(AcronymLetters(acronym), words);

    // "CDF" ← "Comandos de la Frontera": each letter opens the next word; connector words may be skipped or used.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsInitialsOf(char[] letters, string[] words)
    {
        if (letters.Length == 0 || words.Length < 2)
        {
            return false;
        }

        return Match(letters, 0, words, 0);

        static bool Match(char[] letters, int l, string[] words, int w)
        {
            if (w == words.Length)
            {
                return l == letters.Length;
            }

            var word = words[w];
            if (l < letters.Length && char.ToUpperInvariant(word[0]) == letters[l] && Match(letters, l + 1, words, w + 1))
            {
                return true;
            }

            return Connectors.Contains(word) && Match(letters, l, words, w + 1);
        }
    }

    // A person's name links to a longer one that contains its words in order, when exactly one such longer name exists.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LinkPersonShortNames(IReadOnlyList<EntityCandidate> entities, string[][] words, Action<int, int> union)
    {
        var candidates = new List<int>();
        for (var j = 0; j < entities.Count; j++)
        {
            if (entities[j].Type != EntityType.Person)
            {
                continue;
            }

            candidates.Clear();
            for (var i = 0; i < entities.Count; i++)
            {
                if (i != j && entities[i].Type == EntityType.Person && words[i].Length > words[j].Length && IsSubsequence(words[j], words[i]))
                {
                    candidates.Add(i);
                }
            }

            // The first of the longest (a stable sort by length, descending, then the first).
            var longest = -1;
            foreach (var c in candidates)
            {
                if (longest < 0 || words[c].Length > words[longest].Length)
                {
                    longest = c;
                }
            }

            if (longest >= 0 && candidates.TrueForAll(c => IsSubsequence(words[c], words[longest])))
            {
                union(j, longest);
            }
            else if (candidates.Count == 0)
            {
                for (var i = 0; i < j; i++)
                {
                    if (entities[i].Type == EntityType.Person && words[i].AsSpan().SequenceEqual(words[j], StringComparer.OrdinalIgnoreCase))
                    {
                        union(j, i);
                        break;
                    }
                }
            }
        }
    }

    private static bool IsSubsequence(string[] shorter, string[] longer)
    {
        var k = 0;
        foreach (var word in longer)
        {
            if (k < shorter.Length && string.Equals(word, shorter[k], StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }
        }

        return k == shorter.Length && shorter.Length > 0;
    }

    // The words of a name without initials ("L."), possessives, and the '#'/'@' of hashtags and handles.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string[] NameWords(string text, TokenLayer tokens, EntityCandidate entity)
    {
        var words = new List<string>(entity.End - entity.First);
        for (var t = entity.First; t < entity.End; t++)
        {
            var word = tokens.TextOf(text, t);
            if (tokens.KindOf(t) == TokenKind.Abbreviation && word.Length == 2 || word is "'s" or "’s" || tokens.KindOf(t) == TokenKind.Punctuation)
            {
                continue;
            }

            words.Add(word.TrimStart('#').TrimStart('@').ToString());
        }

        return [.. words];
    }

    private static int Length(string text, TokenLayer tokens, EntityCandidate e) => tokens.EndOf(e.End - 1) - tokens.StartOf(e.First);
}