using System.Runtime.CompilerServices;
using System.Text;
using Sitrep.Documents;
using Sitrep.Text.Lexicon;

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
    private readonly Ner.NerNameLists names;

    public PersonTitleReader(TextResources resources, Ner.NerNameLists names)
    {
        this.resources = resources;
        this.names = names;
    }

    /// <summary>Moves leading title and role words out of a PERSON span ("General Francis Donovan" → "Francis Donovan").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int PeelTitles(string text, TokenLayer tokens, int first, int end)
    {
        while (first < end - 1 && resources.PersonWordLookup.ContainsKey(tokens.TextOf(text, first)))
        {
            first++;
        }

        return first;
    }

    /// <summary>
    /// Labels as a person an untagged run of two or three capitalised words in apposition to a role: "Mono Tole, the
    /// leader of the CDF", "Ana Ruiz, a spokeswoman for the ministry". AP style introduces people this way, and the
    /// role phrase says the name is a person's whether or not the tagger knows it. A two- or three-word name the tagger
    /// typed as a place is retyped ("the hideout of Mono Tole, the leader of the CDF"): a place is not "the leader of".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MarkNamesBeforeRoles(string text, TokenLayer tokens, Sentence sentence, Span<int> labels)
    {
        for (var comma = 3; comma + 2 < labels.Length; comma++)
        {
            var c = sentence.FirstToken + comma;
            if (tokens.TextOf(text, c) is not ",")
            {
                continue;
            }

            var place = PlaceNameEndingAt(labels, comma);
            if (labels[comma - 1] != Ner.NerLabels.Outside && place < 0)
            {
                continue;
            }

            var role = c + 1;
            if (tokens.TextOf(text, role) is "the" or "a" or "an")
            {
                role++;
            }

            if (role + 1 >= sentence.EndToken || !IsPersonWord(tokens.TextOf(text, role), out var kind) || kind != PersonWordKind.Role
                || tokens.TextOf(text, role + 1) is not ("of" or "for"))
            {
                continue;
            }

            var start = place >= 0 ? place : comma;
            while (place < 0 && start > 1 && comma - start < 3 && labels[start - 1] == Ner.NerLabels.Outside && IsNameWord(text, tokens, sentence.FirstToken + start - 1))
            {
                start--;
            }

            // Two words at least, not the sentence's first word (capitalised anyway), and the run is the whole name.
            if (comma - start < 2 || start < 1 || IsNameWord(text, tokens, sentence.FirstToken + start - 1))
            {
                continue;
            }

            for (var k = start; k < comma; k++)
            {
                labels[k] = k == start ? Ner.NerLabels.Begin(EntityType.Person) : Ner.NerLabels.Inside(EntityType.Person);
            }
        }
    }

    // The first token of a two- or three-token GPE or LOC name that ends right before the token at end, or -1.
    private static int PlaceNameEndingAt(ReadOnlySpan<int> labels, int end)
    {
        var start = end - 1;
        while (start > 0 && Ner.NerLabels.IsInside(labels[start]))
        {
            start--;
        }

        var label = labels[start];
        return end - start is 2 or 3 && label != Ner.NerLabels.Outside && !Ner.NerLabels.IsInside(label)
            && Ner.NerLabels.TypeOf(label) is EntityType.Gpe or EntityType.Loc ? start : -1;
    }

    /// <summary>
    /// A name right after a title or role word is a person's: "President Trump", "spokesman Sean Parnell". Retypes
    /// what the tagger called something else, and tags capitalised words it left out after a title ("Mr. Trump").
    /// Labels are BIO labels of the sentence's tokens, changed in place.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MarkNamesAfterTitles(string text, TokenLayer tokens, Sentence sentence, Span<int> labels)
    {
        for (var i = 0; i + 1 < labels.Length; i++)
        {
            var t = sentence.FirstToken + i;
            if (!IsPersonWord(tokens.TextOf(text, t), out var kind) || !IsNameWord(text, tokens, t + 1))
            {
                continue;
            }

            var next = labels[i + 1];
            if (next == Ner.NerLabels.Outside && kind == PersonWordKind.Title)
            {
                var end = i + 1;
                while (end < labels.Length && end - i <= 3 && labels[end] == Ner.NerLabels.Outside && IsNameWord(text, tokens, sentence.FirstToken + end))
                {
                    labels[end] = end == i + 1 ? Ner.NerLabels.Begin(EntityType.Person) : Ner.NerLabels.Inside(EntityType.Person);
                    end++;
                }
            }
            else if (next != Ner.NerLabels.Outside && !Ner.NerLabels.IsInside(next) && Ner.NerLabels.TypeOf(next) is not (EntityType.Person or EntityType.Norp))
            {
                var type = Ner.NerLabels.TypeOf(next);
                var end = i + 1;
                var allNames = true;
                while (end < labels.Length && (end == i + 1 || labels[end] == Ner.NerLabels.Inside(type)))
                {
                    allNames &= IsNameWord(text, tokens, sentence.FirstToken + end);
                    end++;
                }

                var surface = text[tokens.StartOf(t + 1)..tokens.EndOf(sentence.FirstToken + end - 1)];

                // "Chief Pentagon spokesman": a building standing for its body (org-cues.tsv metonym) names no person.
                var metonym = end == i + 2 && names.Cues.TryGetValue(surface, out var cue) && cue == Ner.NerNameLists.OrgCueKind.Metonym;
                if (allNames && !metonym && !resources.Places.Contains(surface))
                {
                    for (var k = i + 1; k < end; k++)
                    {
                        labels[k] = k == i + 1 ? Ner.NerLabels.Begin(EntityType.Person) : Ner.NerLabels.Inside(EntityType.Person);
                    }
                }
            }
        }
    }

    public bool IsTitleOrRole(string text, TokenLayer tokens, int t) => resources.PersonWordLookup.ContainsKey(tokens.TextOf(text, t));

    private bool IsPersonWord(ReadOnlySpan<char> word, out PersonWordKind kind)
    {
        if (resources.PersonWordLookup.TryGetValue(word, out var entry))
        {
            kind = entry.Kind;
            return true;
        }

        kind = default;
        return false;
    }

    // A capitalised word or an initial that is no title, role or demonym.
    private bool IsNameWord(string text, TokenLayer tokens, int t)
    {
        var word = tokens.TextOf(text, t);
        return tokens.KindOf(t) is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(word[0])
            && (tokens.KindOf(t) == TokenKind.Word || word.Length == 2)
            && !resources.PersonWordLookup.ContainsKey(word) && !resources.DemonymLookup.ContainsKey(word)
            && !SentenceOpeners.Contains(word);
    }

    // entityAt: index of the entity covering each token, -1 outside entities.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                if (other.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc or EntityType.Norp && organization is null && (title is not null || roleWords.Count > 0))
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
                // "SOUTHCOM Commander", "Pentagon spokesman": an acronym, or a capitalised word before a lower-case job
                // description, is the organisation; before a capitalised formal title it is part of it ("Defense Minister"),
                // as AP style capitalises formal titles before names and not job descriptions.
                var lowerCaseRole = char.IsLower(tokens.TextOf(text, k + 1)[0]);
                if (CharClass.IsAcronym(word, 2) || k == sentence.FirstToken || lowerCaseRole || tokens.KindOf(k) == TokenKind.Hashtag)
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
        && (!sentenceInitial || CharClass.IsAcronym(word, 2));

    // ", head of U.S. Special Operations", ", the leader of the CDF", ", a senior fellow at the European Council".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

            // The organisation: the capitalised words that follow, whether or not the tagger marked them ("U.S. Special
            // Operations", "CDF"), or the organisation the tagger marked there when it reaches further through
            // lower-case connectors to a capitalised word ("Comandos de la Frontera", not "Comandos").
            var end = k;
            while (end < sentence.EndToken && char.IsUpper(tokens.TextOf(text, end)[0]) && tokens.KindOf(end) is TokenKind.Word or TokenKind.Abbreviation)
            {
                end++;
            }

            if (end > k && entityAt[k] >= 0 && entities[entityAt[k]] is { Type: EntityType.Org } named && named.First == k
                && named.End > end && char.IsUpper(tokens.TextOf(text, named.End - 1)[0]))
            {
                end = named.End;
            }

            if (end > k)
            {
                return (role, Clean(text, tokens, k, end));
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