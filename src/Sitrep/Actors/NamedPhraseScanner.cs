using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Text.Lexicon;

namespace Sitrep.Actors;

/// <summary>
/// Finds dictionary names in the tokens where the entity tagger missed or cut them ("U.S. Southern Command",
/// "Comandos de la Frontera", "SOUTHCOM", "the United States"): longest match of a capitalised multi-word span or an
/// all-capitals acronym against the named actors and countries, and later bare surnames of people found earlier.
/// </summary>
internal sealed class NamedPhraseScanner(ActorDictionary dictionary)
{
    public void Scan(Document document, TokenLayer tokens, bool[] consumed, List<ActorMention> mentions)
    {
        var text = document.Text;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i] || !HasUpper(tokens.TextOf(text, i)))
            {
                continue;
            }

            for (var len = Math.Min(dictionary.MaxEntryWords, tokens.Count - i); len >= 1; len--)
            {
                var last = i + len - 1;
                if (consumed[last] || !HasUpper(tokens.TextOf(text, last)) || tokens.KindOf(last) is not (TokenKind.Word or TokenKind.Abbreviation)
                    || (len == 1 && !char.IsUpper(tokens.TextOf(text, i)[0]) && !tokens.TextOf(text, i).Contains('-')))
                {
                    continue;
                }

                var span = new TextSpan(tokens.StartOf(i), tokens.EndOf(last));
                var key = AgentPhraseFinder.Key(text, tokens, i, last);
                var mention = Named(document, span, key, single: len == 1);
                if (mention is null)
                {
                    continue;
                }

                mentions.Add(mention);
                for (var t = i; t <= last; t++)
                {
                    consumed[t] = true;
                }

                i = last;
                break;
            }
        }
    }

    /// <summary>Bare surnames of people resolved earlier in the document ("Noboa" after "Daniel Noboa").</summary>
    public static void AddSurnames(Document document, TokenLayer tokens, bool[] consumed, List<ActorMention> mentions)
    {
        var text = document.Text;
        var people = new Dictionary<string, ActorMention>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var words = m.Span.Of(text).ToString().Split(' ');
            if (m.DictionaryId is not null && !m.DictionaryId.StartsWith("C:", StringComparison.Ordinal) && words.Length >= 2 && words.All(w => w.Length > 0 && char.IsUpper(w[0])))
            {
                people.TryAdd(words[^1], m);
            }
        }

        if (people.Count == 0)
        {
            return;
        }

        var first = mentions.Count == 0 ? 0 : mentions.Min(m => m.Span.Start);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!consumed[i] && tokens.StartOf(i) > first && people.TryGetValue(tokens.TextOf(text, i).ToString(), out var person)
                && person.Span.End <= tokens.StartOf(i))
            {
                var span = new TextSpan(tokens.StartOf(i), tokens.EndOf(i));
                mentions.Add(person with { Span = span });
                consumed[i] = true;
            }
        }
    }

    /// <summary>
    /// "Blessed Mhlanga, a journalist …" where the tagger found only the later "Mhlanga": a capitalised word before a
    /// one-word name the document gives a person is that person's first name.
    /// </summary>
    public static void AddFullNames(Document document, TokenLayer tokens, EntityLayer entities, TextResources words, bool[] consumed, List<ActorMention> mentions)
    {
        var text = document.Text;
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities.Entities)
        {
            var name = entity.Span.Of(text);
            if (entity.Type == EntityType.Person && name.Length > 2 && !name.Contains(' '))
            {
                surnames.Add(name.ToString());
            }
        }

        for (var i = 1; i < tokens.Count && surnames.Count > 0; i++)
        {
            var first = tokens.TextOf(text, i - 1);
            if (consumed[i] || consumed[i - 1] || tokens.KindOf(i - 1) != TokenKind.Word || first.Length < 3 || !char.IsUpper(first[0])
                || !IsLowerTail(first) || !surnames.Contains(tokens.TextOf(text, i).ToString()) || NotFirstNames.Contains(first.ToString())
                || words.PersonWords.ContainsKey(first.ToString()) || words.Demonyms.ContainsKey(first.ToString()))
            {
                continue;
            }

            var span = new TextSpan(tokens.StartOf(i - 1), tokens.EndOf(i));
            mentions.Add(new ActorMention(span, span.Of(text).ToString(), [tokens.TextOf(text, i).ToString()], null, ActorSector.Unknown, null));
            consumed[i - 1] = consumed[i] = true;
        }
    }

    // Capitalised words that open sentences and phrases, not names.
    private static readonly HashSet<string> NotFirstNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "If", "When", "While", "After", "Before", "Since", "For", "With", "By",
        "From", "To", "Of", "As", "That", "This", "These", "Those", "It", "He", "She", "They", "We", "His", "Her", "Their", "Our",
        "Its", "Then", "Also", "Meanwhile", "However", "Last", "Next", "Both", "Neither", "Unlike", "Like", "Under", "Over",
    };

    private static bool IsLowerTail(ReadOnlySpan<char> word)
    {
        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private ActorMention? Named(Document document, TextSpan span, string key, bool single)
    {
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        // Countries are left to the agent phrases ("United States military") and the entity layer.
        if (dictionary.FindCountryByKey(key) is null && dictionary.FindByKey(key) is { } ids)
        {
            var entry = dictionary.Best(ids, document.Published);
            var word = span.Of(document.Text);
            if (single && !(entry.Id.StartsWith("SUP:", StringComparison.Ordinal) || (IsGroupSource(entry.Id) && (CharClass.IsAcronym(word, 3) || word.Contains('-')))))
            {
                // One-word aliases of the large PETRARCH lists ("Union", "Washington") are too loose alone; the
                // curated supplement's ("Pentagon", "Hamas") and the armed groups' acronyms are not.
                return null;
            }

            var role = entry.RoleOn(document.Published);
            var surface = span.Of(document.Text).ToString();
            var aliases = entry.Aliases.Append(surface).Where(a => a != entry.Name).Distinct(StringComparer.Ordinal).ToList();
            return new ActorMention(span, entry.Name, aliases, role.Country ?? entry.Country, role.Sector, entry.Id);
        }

        return null;
    }

    private static bool IsGroupSource(string id) =>
        id.StartsWith("SUP:", StringComparison.Ordinal) || id.StartsWith("UCDP:", StringComparison.Ordinal) || id.StartsWith("PHXM:", StringComparison.Ordinal);

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}