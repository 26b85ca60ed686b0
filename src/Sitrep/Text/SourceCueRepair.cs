using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Text.Lexicon;
using Sitrep.Text.Ner;

namespace Sitrep.Text;

/// <summary>
/// News outlets, agencies and research groups quoted as sources are organisations: a capitalised name in a cue of
/// data/ner/source-cues.tsv ("according to Politico", "told Reuters", "the Guardian reported", "InSight Crime, a
/// think tank") becomes ORG when the tagger left it untagged, typed it as a place the gazetteer does not know, or as a
/// one-word person. People are told apart ("told Smith") by the given and family names of data/ner/person-names.tsv,
/// the words of the people the article names, and a title before the name.
/// </summary>
internal sealed class SourceCueRepair
{
    private const int LongestName = 5;
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(["of", "for", "and", "de", "&"], StringComparer.Ordinal);

    private readonly TextResources resources;
    private readonly NerNameLists lists;
    private readonly GeoNerGazetteer? gazetteer;
    private readonly string[][] before;
    private readonly FrozenSet<string> after;
    private readonly string[][] apposition;
    private readonly FrozenSet<string> time;

    public SourceCueRepair(TextResources resources, NerNameLists lists, INerGazetteer? gazetteer)
    {
        this.resources = resources;
        this.lists = lists;
        this.gazetteer = gazetteer as GeoNerGazetteer;
        var rows = TextResources.Rows("source-cues.tsv");
        before = [.. rows.Where(r => r[1] == "before").Select(r => r[0].Split(' '))];
        after = rows.Where(r => r[1] == "after").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        apposition = [.. rows.Where(r => r[1] == "apposition").Select(r => r[0].Split(' '))];
        time = rows.Where(r => r[1] == "time").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(string text, TokenLayer tokens, IReadOnlyList<Sentence> sentences, List<EntityCandidate> entities, List<Sentence> sentenceOf)
    {
        var entityAt = new int[tokens.Count];
        Array.Fill(entityAt, -1);
        var personWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entities.Count; i++)
        {
            for (var t = entities[i].First; t < entities[i].End; t++)
            {
                entityAt[t] = i;
                if (entities[i].Type == EntityType.Person)
                {
                    personWords.Add(tokens.TextOf(text, t).ToString());
                }
            }
        }

        foreach (var sentence in sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var (start, end) = NameAt(text, tokens, sentence, t);
                if (end > start)
                {
                    Repair(text, tokens, sentence, start, end, entities, sentenceOf, entityAt, personWords);
                }
            }
        }
    }

    // The name a cue at token t points to, or (0, 0).
    private (int Start, int End) NameAt(string text, TokenLayer tokens, Sentence sentence, int t)
    {
        foreach (var phrase in before)
        {
            if (PhraseAt(text, tokens, sentence, t, phrase))
            {
                var start = t + phrase.Length;
                start += start < sentence.EndToken && tokens.TextOf(text, start) is "the" ? 1 : 0;
                return (start, RunEnd(text, tokens, sentence, start));
            }
        }

        var word = tokens.TextOf(text, t).ToString();
        if (after.Contains(word) && t > sentence.FirstToken)
        {
            var start = RunStart(text, tokens, sentence, t);
            // A lone capitalised word opening the sentence may be any word ("Officials reported").
            return start == sentence.FirstToken && t - start < 2 ? (0, 0) : (start, t);
        }

        if (word is "," && t > sentence.FirstToken && t + 2 < sentence.EndToken && tokens.TextOf(text, t + 1) is "a" or "an" or "the")
        {
            for (var k = t + 2; k < Math.Min(sentence.EndToken, t + 6); k++)
            {
                foreach (var phrase in apposition)
                {
                    if (PhraseAt(text, tokens, sentence, k, phrase))
                    {
                        var start = RunStart(text, tokens, sentence, t);
                        return start == sentence.FirstToken && t - start < 2 ? (0, 0) : (start, t);
                    }
                }
            }
        }

        return (0, 0);
    }

    private static bool PhraseAt(string text, TokenLayer tokens, Sentence sentence, int t, string[] phrase)
    {
        if (t + phrase.Length > sentence.EndToken)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!tokens.TextOf(text, t + k).Equals(phrase[k], k == 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsNameWord(string text, TokenLayer tokens, int t) =>
        tokens.KindOf(t) is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[tokens.StartOf(t)])
        && !time.Contains(tokens.TextOf(text, t).ToString());

    private int RunEnd(string text, TokenLayer tokens, Sentence sentence, int start)
    {
        var end = start;
        while (end < sentence.EndToken && end - start < LongestName)
        {
            if (IsNameWord(text, tokens, end))
            {
                end++;
            }
            else if (end > start && end + 1 < sentence.EndToken && Connectors.Contains(tokens.TextOf(text, end).ToString()) && IsNameWord(text, tokens, end + 1))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private int RunStart(string text, TokenLayer tokens, Sentence sentence, int end)
    {
        var start = end;
        while (start > sentence.FirstToken && end - start < LongestName)
        {
            if (IsNameWord(text, tokens, start - 1))
            {
                start--;
            }
            else if (start < end && start - 1 > sentence.FirstToken && Connectors.Contains(tokens.TextOf(text, start - 1).ToString()) && IsNameWord(text, tokens, start - 2))
            {
                start -= 2;
            }
            else
            {
                break;
            }
        }

        // "The Guardian reported": the article is no part of the outlet's name as taggers mark it.
        return start < end && tokens.TextOf(text, start) is "The" ? start + 1 : start;
    }

    private void Repair(
        string text, TokenLayer tokens, Sentence sentence, int start, int end, List<EntityCandidate> entities, List<Sentence> sentenceOf, int[] entityAt, HashSet<string> personWords)
    {
        if (LooksLikePerson(text, tokens, start, end, personWords) || resources.Demonyms.ContainsKey(text[tokens.StartOf(start)..tokens.EndOf(end - 1)]))
        {
            return;
        }

        var owner = entityAt[start];
        if (owner < 0)
        {
            for (var t = start; t < end; t++)
            {
                if (entityAt[t] >= 0)
                {
                    return; // Part of the run is tagged: the tagger saw something the cue does not.
                }
            }

            entities.Add(new EntityCandidate(start, end, EntityType.Org));
            sentenceOf.Add(sentence);
            for (var t = start; t < end; t++)
            {
                entityAt[t] = entities.Count - 1;
            }

            return;
        }

        var e = entities[owner];
        if (e.First != start || e.End != end || e.Type == EntityType.Org)
        {
            return;
        }

        var retype = e.Type switch
        {
            EntityType.Gpe or EntityType.Loc => !KnownPlace(text, tokens, sentence, start, end),
            EntityType.Person => end - start == 1,
            _ => false,
        };
        if (retype)
        {
            entities[owner] = e with { Type = EntityType.Org };
        }
    }

    // A listed given name first, a listed name alone, a word of a person the article names, or a title before it.
    private bool LooksLikePerson(string text, TokenLayer tokens, int start, int end, HashSet<string> personWords)
    {
        if (lists.People.TryGetValue(ToponymFolding.Key(tokens.TextOf(text, start)), out var kind) && ((kind & 1) != 0 || end - start == 1))
        {
            return true;
        }

        for (var t = start; t < end; t++)
        {
            if (personWords.Contains(tokens.TextOf(text, t).ToString()))
            {
                return true;
            }
        }

        // "told General Ruiz", "according to Minister Ruiz": a title or role before or opening the name.
        return resources.PersonWordLookup.ContainsKey(tokens.TextOf(text, start))
            || (start > 0 && resources.PersonWordLookup.ContainsKey(tokens.TextOf(text, start - 1)));
    }

    private bool KnownPlace(string text, TokenLayer tokens, Sentence sentence, int start, int end)
    {
        if (resources.Places.Contains(text[tokens.StartOf(start)..tokens.EndOf(end - 1)]))
        {
            return true;
        }

        if (gazetteer is null)
        {
            return true; // Without a gazetteer a place cannot be ruled out.
        }

        Span<ushort> codes = sentence.TokenCount <= 512 ? stackalloc ushort[sentence.TokenCount] : new ushort[sentence.TokenCount];
        gazetteer.Tag(text, tokens, sentence.FirstToken, codes);
        return (codes[start - sentence.FirstToken] & ((1 << GeoNerGazetteer.OrgNameShift) - 1)) != 0;
    }
}