using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text;

/// <summary>
/// An acronym of an organisation names it for the whole article (one sense per discourse, Krishnan and Manning
/// 2006): an all-capital word the tagger left untagged, or typed as a person, is an organisation when, somewhere in
/// the article, it is tagged as one, stands in brackets right after an organisation ("U.S. Southern Command
/// (SOUTHCOM)"), is followed by an organisation in brackets ("the CDF (Border Commandos)"), or spells the initials
/// of an organisation named there ("Comandos de la Frontera" … "CDF", as <see cref="EntityLinker"/> links them).
/// </summary>
internal sealed class AcronymRepair
{
    private readonly TextResources resources;

    public AcronymRepair(TextResources resources) => this.resources = resources;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(string text, TokenLayer tokens, IReadOnlyList<Sentence> sentences, List<EntityCandidate> entities, List<Sentence> sentenceOf)
    {
        ExtendToDefinitions(text, tokens, sentences, entities, sentenceOf);
        var entityAt = new int[tokens.Count];
        Array.Fill(entityAt, -1);
        var orgNames = new List<string[]>();
        var defined = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            for (var t = e.First; t < e.End; t++)
            {
                entityAt[t] = i;
            }

            if (e.Type != EntityType.Org)
            {
                continue;
            }

            if (e.End - e.First == 1 && IsAcronym(tokens.TextOf(text, e.First)))
            {
                defined.Add(tokens.TextOf(text, e.First).ToString());
            }
            else if (e.End - e.First >= 2)
            {
                orgNames.Add(Words(text, tokens, e));
            }
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            if ((entityAt[t] >= 0 && entities[entityAt[t]].Type != EntityType.Person) || !IsAcronym(tokens.TextOf(text, t)))
            {
                continue;
            }

            var word = tokens.TextOf(text, t).ToString();
            if (!defined.Contains(word)
                && (InBracketsAfterOrg(text, tokens, entities, entityAt, t) || BeforeOrgInBrackets(text, tokens, entities, entityAt, t)
                    || orgNames.Exists(name => EntityLinker.IsInitialsOf(word, name))))
            {
                defined.Add(word);
            }
        }

        defined.RemoveWhere(resources.Places.Contains);
        if (defined.Count == 0)
        {
            return;
        }

        foreach (var sentence in sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!defined.Contains(tokens.TextOf(text, t).ToString()) || Shouting(text, tokens, sentence, t))
                {
                    continue;
                }

                if (entityAt[t] < 0)
                {
                    entities.Add(new EntityCandidate(t, t + 1, EntityType.Org));
                    sentenceOf.Add(sentence);
                }
                else if (entities[entityAt[t]] is { Type: EntityType.Person } person && person.End - person.First == 1)
                {
                    entities[entityAt[t]] = person with { Type = EntityType.Org };
                }
            }
        }
    }

    // "Somalia's National Intelligence and Security Agency (NISA)": the capitalised words right before an acronym in
    // brackets whose initials it spells are its definition (Schwartz and Hearst 2003), one organisation however the
    // tagger cut them ("Security Agency" alone). Only when the words hold an organisation already or none of other type.
    private static void ExtendToDefinitions(string text, TokenLayer tokens, IReadOnlyList<Sentence> sentences, List<EntityCandidate> entities, List<Sentence> sentenceOf)
    {
        for (var t = 2; t + 1 < tokens.Count; t++)
        {
            if (tokens.TextOf(text, t - 1) is not "(" || tokens.TextOf(text, t + 1) is not ")" || !IsAcronym(tokens.TextOf(text, t)))
            {
                continue;
            }

            var acronym = tokens.TextOf(text, t).ToString();
            var end = t - 1;
            var start = DefinitionStart(text, tokens, acronym, end);
            if (start < 0)
            {
                continue;
            }

            var inside = entities.FindAll(e => e.First < end && start < e.End);
            if (!inside.Exists(e => e.Type == EntityType.Org) && inside.Count > 0)
            {
                continue;
            }

            if (inside.Exists(e => e.First < start || e.End > end) || (inside.Count == 1 && inside[0].First == start && inside[0].End == end))
            {
                continue;
            }

            var sentence = sentences.FirstOrDefault(s => s.FirstToken <= start && end <= s.EndToken);
            if (sentence.EndToken == 0)
            {
                continue;
            }

            for (var i = entities.Count - 1; i >= 0; i--)
            {
                if (entities[i].First < end && start < entities[i].End)
                {
                    entities.RemoveAt(i);
                    sentenceOf.RemoveAt(i);
                }
            }

            entities.Add(new EntityCandidate(start, end, EntityType.Org));
            sentenceOf.Add(sentence);
        }
    }

    // The first token of the shortest run of words ending at end whose initials spell the acronym, starting with a
    // capitalised word, of capitalised words and connectors only; -1 when there is none.
    private static int DefinitionStart(string text, TokenLayer tokens, string acronym, int end)
    {
        var words = new List<string>();
        for (var k = end - 1; k >= 0 && words.Count < (2 * acronym.Length) + 2; k--)
        {
            var word = tokens.TextOf(text, k).ToString();
            if (tokens.KindOf(k) is not TokenKind.Word || !(char.IsUpper(word[0]) || EntityLinker.IsConnector(word)))
            {
                return -1;
            }

            words.Insert(0, word);
            if (words.Count >= 2 && char.IsUpper(word[0]) && EntityLinker.IsInitialsOf(acronym, [.. words]))
            {
                return k;
            }
        }

        return -1;
    }

    // "(SOUTHCOM)" right after an organisation.
    private static bool InBracketsAfterOrg(string text, TokenLayer tokens, List<EntityCandidate> entities, int[] entityAt, int t) =>
        t >= 2 && t + 1 < tokens.Count && tokens.TextOf(text, t - 1) is "(" && tokens.TextOf(text, t + 1) is ")"
        && entityAt[t - 2] >= 0 && entities[entityAt[t - 2]] is { Type: EntityType.Org } org && org.End == t - 1;

    // "CDF (Border Commandos)": an organisation in brackets right after.
    private static bool BeforeOrgInBrackets(string text, TokenLayer tokens, List<EntityCandidate> entities, int[] entityAt, int t) =>
        t + 3 < tokens.Count && tokens.TextOf(text, t + 1) is "(" && entityAt[t + 2] >= 0
        && entities[entityAt[t + 2]] is { Type: EntityType.Org } org && org.First == t + 2
        && org.End < tokens.Count && tokens.TextOf(text, org.End) is ")";

    // All-capital text (headlines, shouted tweets) makes every word look like an acronym.
    private static bool Shouting(string text, TokenLayer tokens, Sentence sentence, int t) =>
        (t > sentence.FirstToken && IsAcronym(tokens.TextOf(text, t - 1))) || (t + 1 < sentence.EndToken && IsAcronym(tokens.TextOf(text, t + 1)));

    private static string[] Words(string text, TokenLayer tokens, EntityCandidate e)
    {
        var words = new List<string>(e.End - e.First);
        for (var t = e.First; t < e.End; t++)
        {
            if (tokens.KindOf(t) is TokenKind.Word)
            {
                words.Add(tokens.TextOf(text, t).ToString());
            }
        }

        return [.. words];
    }

    /// <summary>"FARC", "CDF", "SOUTHCOM": two to ten capital letters (digits and hyphens allowed), no lower case, no periods.</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 10)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c) || !(char.IsLetterOrDigit(c) || c == '-'))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= 2;
    }
}