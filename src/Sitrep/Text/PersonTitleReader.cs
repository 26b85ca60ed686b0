using System.Text;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Reads titles, roles and organisations off the words around a person's name, with the word table of
/// data/ner/person-titles.tsv: before the name, right to left — "SOUTHCOM Commander General Francis Donovan"
/// (org, role, title), "Chief Pentagon spokesman Sean Parnell", "Ecuador's right-wing President Daniel Noboa";
/// and in an appositive after it — "Mark Schafer, head of U.S. Special Operations".
/// </summary>
internal sealed class PersonTitleReader
{
    private readonly TextResources resources;

    public PersonTitleReader(TextResources resources) => this.resources = resources;

    /// <summary>Moves leading title and role words out of a PERSON span ("General Francis Donovan" → "Francis Donovan").</summary>
    public int PeelTitles(string text, TokenLayer tokens, int first, int end)
    {
        while (first < end - 1 && resources.PersonWordLookup.ContainsKey(tokens.TextOf(text, first)))
        {
            first++;
        }

        return first;
    }

    // entityAt: index of the entity covering each token, -1 outside entities.
    public PersonDescription Describe(string text, TokenLayer tokens, Sentence sentence, EntityCandidate person, IReadOnlyList<EntityCandidate> entities, int[] entityAt)
    {
        string? title = null, role = null, organization = null;
        var roleWords = new List<string>();
        var k = person.First - 1;
        while (k >= sentence.FirstToken)
        {
            var word = tokens.TextOf(text, k);
            if (entityAt[k] >= 0)
            {
                var other = entities[entityAt[k]];
                if (other.Type is EntityType.Org or EntityType.Gpe or EntityType.Norp && organization is null && (title is not null || roleWords.Count > 0))
                {
                    organization = Clean(text, tokens, other.First, other.End);
                    k = other.First - 1;
                    continue;
                }

                break;
            }

            if (resources.PersonWordLookup.TryGetValue(word, out var entry) || resources.PersonWordLookup.TryGetValue(word.ToString().ToLowerInvariant(), out entry))
            {
                if (entry.Kind == PersonWordKind.Title && roleWords.Count == 0 && organization is null)
                {
                    title = title is null ? entry.Canonical : entry.Canonical + " " + title;
                }
                else
                {
                    roleWords.Insert(0, roleWords.Count == 0 && organization is null ? entry.Canonical : word.ToString());
                }

                k--;
                continue;
            }

            if (word is "'s" or "’s" && organization is null && (title is not null || roleWords.Count > 0) && k - 1 >= sentence.FirstToken && entityAt[k - 1] >= 0)
            {
                k--;
                continue;
            }

            if (roleWords.Count > 0 && organization is null && IsRoleModifier(word, k == sentence.FirstToken))
            {
                // "Defense Minister", "SOUTHCOM Commander": a capitalised word or acronym right before the role.
                if (IsAcronym(word) || k == sentence.FirstToken || !char.IsUpper(word[0]) || tokens.KindOf(k) == TokenKind.Hashtag)
                {
                    organization = word.TrimStart('#').ToString();
                }
                else
                {
                    roleWords.Insert(0, word.ToString());
                }

                k--;
                continue;
            }

            if (word.Contains('-') && char.IsLower(word[0]) && (title is not null || roleWords.Count > 0))
            {
                k--; // "right-wing", "long-time"
                continue;
            }

            break;
        }

        if (roleWords.Count > 0)
        {
            role = string.Join(' ', roleWords);
        }

        if (role is null && title is null)
        {
            (role, organization) = Appositive(text, tokens, sentence, person, entities, entityAt);
        }

        return new PersonDescription(title, role, organization);
    }

    private bool IsRoleModifier(ReadOnlySpan<char> word, bool sentenceInitial) =>
        word.Length > 1 && (char.IsUpper(word[0]) || word[0] == '#') && !resources.DemonymLookup.ContainsKey(word)
        && (!sentenceInitial || IsAcronym(word));

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    // ", head of U.S. Special Operations", ", the leader of the CDF", ", a senior fellow at the European Council".
    private (string? Role, string? Organization) Appositive(string text, TokenLayer tokens, Sentence sentence, EntityCandidate person, IReadOnlyList<EntityCandidate> entities, int[] entityAt)
    {
        var k = person.End;
        if (k >= sentence.EndToken || tokens.TextOf(text, k) is not ",")
        {
            return (null, null);
        }

        k++;
        string? role = null;
        for (var steps = 0; k < sentence.EndToken && steps < 5; steps++, k++)
        {
            var word = tokens.TextOf(text, k);
            if (word is "the" or "a" or "an" or "its" or "senior" or "top" or "former")
            {
                continue;
            }

            if (resources.PersonWordLookup.TryGetValue(word, out var entry) && entry.Kind == PersonWordKind.Role)
            {
                role = entry.Canonical;
                continue;
            }

            break;
        }

        if (role is null)
        {
            return (null, null);
        }

        if (k < sentence.EndToken && tokens.TextOf(text, k) is "of" or "at" or "for")
        {
            k++;
            if (k < sentence.EndToken && tokens.TextOf(text, k) is "the")
            {
                k++;
            }

            if (k < sentence.EndToken && entityAt[k] >= 0 && entities[entityAt[k]].Type is EntityType.Org or EntityType.Gpe)
            {
                var org = entities[entityAt[k]];
                return (role, Clean(text, tokens, org.First, org.End));
            }
        }

        return (role, null);
    }

    private static string Clean(string text, TokenLayer tokens, int first, int end)
    {
        var builder = new StringBuilder(text, tokens.StartOf(first), tokens.EndOf(end - 1) - tokens.StartOf(first), 32);
        return builder.ToString().TrimStart('#', '@');
    }
}