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

        // Pairs that corefer are found through keys, not by comparing every pair: 100 000 names in one long text
        // would otherwise be 5·10⁹ comparisons. Groups are the same whatever the order of the unions.
        LinkByKeys(entities, words, demonymPlaces, acronyms, Union);
        LinkDefinitionsInParentheses(text, tokens, entities, Union);
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

    // What Corefer decides pairwise, by keys: non-person, non-demonym names with the same words; demonyms of one
    // place; an acronym and each name whose initials it spells (connector words used or skipped).
    private static void LinkByKeys(
        IReadOnlyList<EntityCandidate> entities, string[][] words, string?[] demonymPlaces, char[][] acronyms, Action<int, int> union)
    {
        var firstWithWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var firstOfPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        var namesByInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var type = entities[i].Type;
            if (type == EntityType.Person)
            {
                continue;
            }

            if (type == EntityType.Norp)
            {
                if (demonymPlaces[i] is { } place && !firstOfPlace.TryAdd(place, i))
                {
                    union(i, firstOfPlace[place]);
                }

                continue;
            }

            if (!firstWithWords.TryAdd(WordsKey(words[i]), i))
            {
                union(i, firstWithWords[WordsKey(words[i])]);
            }

            if (words[i].Length >= 2)
            {
                foreach (var initials in InitialsOf(words[i]))
                {
                    if (!namesByInitials.TryGetValue(initials, out var list))
                    {
                        namesByInitials[initials] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type is not EntityType.Person and not EntityType.Norp && acronyms[i].Length > 0
                && namesByInitials.TryGetValue(new string(acronyms[i]), out var names))
            {
                foreach (var name in names)
                {
                    union(i, name);
                }
            }
        }
    }

    // Words joined by a separator no token holds, so that equal keys (ignoring case) are equal word sequences.
    private static string WordsKey(string[] words) => string.Join('\u0001', words);

    // The acronyms a name's initials spell, each connector word used or skipped (IsInitialsOf's rule, enumerated).
    // Names hold few connectors; past 8 the extra ones are always skipped, which keeps the set at most 256 strings.
    private static HashSet<string> InitialsOf(string[] words)
    {
        var spelled = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        var optional = 0;
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                return []; // A bare "#": IsInitialsOf never reaches such a name either (no acronym spells it).
            }

            var initial = char.ToUpperInvariant(word[0]);
            var connector = Connectors.Contains(word);
            if (connector && ++optional > 8)
            {
                continue;
            }

            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var prefix in spelled)
            {
                next.Add(prefix + initial);
                if (connector)
                {
                    next.Add(prefix);
                }
            }

            spelled = next;
        }

        return spelled;
    }

    // DefinedInParentheses for each name and the name that starts right after it.
    private static void LinkDefinitionsInParentheses(string text, TokenLayer tokens, IReadOnlyList<EntityCandidate> entities, Action<int, int> union)
    {
        var startingAt = new Dictionary<int, List<int>>();
        for (var i = 0; i < entities.Count; i++)
        {
            if (!startingAt.TryGetValue(entities[i].First, out var list))
            {
                startingAt[entities[i].First] = list = [];
            }

            list.Add(i);
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (startingAt.TryGetValue(entities[i].End + 1, out var inners))
            {
                foreach (var j in inners)
                {
                    if (DefinedInParentheses(text, tokens, entities[i], entities[j]))
                    {
                        union(j, i);
                    }
                }
            }
        }
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
    // Decided once per distinct name (ignoring case), against the longer names sharing its rarest word, so a long text
    // that repeats a few names thousands of times costs as much as the names, not their square.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LinkPersonShortNames(IReadOnlyList<EntityCandidate> entities, string[][] words, Action<int, int> union)
    {
        // Distinct person names in order of first occurrence, each with the entities that bear it.
        var formOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var forms = new List<(string[] Words, List<int> Members)>();
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type != EntityType.Person)
            {
                continue;
            }

            var key = WordsKey(words[i]);
            if (!formOf.TryGetValue(key, out var f))
            {
                formOf[key] = f = forms.Count;
                forms.Add((words[i], []));
            }

            forms[f].Members.Add(i);
        }

        var formsWithWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var f = 0; f < forms.Count; f++)
        {
            foreach (var word in forms[f].Words.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!formsWithWord.TryGetValue(word, out var list))
                {
                    formsWithWord[word] = list = [];
                }

                list.Add(f);
            }
        }

        var candidates = new List<int>();
        for (var f = 0; f < forms.Count; f++)
        {
            var shorter = forms[f].Words;
            candidates.Clear();
            if (shorter.Length > 0)
            {
                var rarest = shorter.Select(w => formsWithWord[w]).MinBy(list => list.Count)!;
                foreach (var c in rarest)
                {
                    if (forms[c].Words.Length > shorter.Length && IsSubsequence(shorter, forms[c].Words))
                    {
                        candidates.Add(c);
                    }
                }
            }

            // The first of the longest: of the longest names, the one met first in the text.
            var longest = -1;
            foreach (var c in candidates)
            {
                if (longest < 0 || forms[c].Words.Length > forms[longest].Words.Length
                    || (forms[c].Words.Length == forms[longest].Words.Length && forms[c].Members[0] < forms[longest].Members[0]))
                {
                    longest = c;
                }
            }

            var members = forms[f].Members;
            if (longest >= 0 && candidates.TrueForAll(c => IsSubsequence(forms[c].Words, forms[longest].Words)))
            {
                foreach (var j in members)
                {
                    union(j, forms[longest].Members[0]);
                }
            }
            else if (candidates.Count == 0)
            {
                // A repeat of the same name links to its first occurrence.
                for (var k = 1; k < members.Count; k++)
                {
                    union(members[k], members[0]);
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