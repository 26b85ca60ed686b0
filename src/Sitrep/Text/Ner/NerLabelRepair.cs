using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>
/// Corrects two kinds of tagger output with the organisation cue words of data/ner/org-cues.tsv: a name of two or
/// more words that ends in a head or suffix cue is an organisation whatever type the tagger gave it ("U.S. Africa
/// Command" tagged LOC), and such an organisation followed by "of" and a place or organisation is one name
/// ("Ministry of Defence", "Revolutionary Armed Forces of Colombia"), as the CoNLL and OntoNotes guidelines mark it.
/// </summary>
internal static partial class NerLabelRepair
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = new[]
    {
        "He", "She", "It", "We", "You", "They", "Me", "His", "Her", "My", "Your", "Our", "Their", "This", "That",
        "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Can", "Says", "Said", "Not", "No",
        "The", "An", "And", "But", "Or", "So", "If", "As", "Of", "To", "In", "On", "At", "For", "With", "By", "From",
        "Just", "What", "When", "Why", "How",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Repair(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists) =>
        Repair(text, tokens, first, labels, lists, null);

    /// <summary>The repairs in the order they run, by name, so each can be left out and its worth measured (issue 18).</summary>
    internal static readonly (string Name, RepairStep Step)[] Steps =
    [
        ("clear handles", (text, tokens, first, labels, _) => ClearHandles(text, tokens, first, labels)),
        ("organisation list", NerOrganisationListRepair.Repair),
        ("country prefixes", JoinCountryPrefixes),
        ("cue runs", TagCueRuns),
        ("split person names", JoinSplitPersonNames),
        ("retype cue names", RetypeCueNames),
        ("of names", JoinOfNames),
        ("lower-case tails", (text, tokens, first, labels, _) => TrimLowerCaseTails(text, tokens, first, labels)),
        ("function-word tails", (text, tokens, first, labels, _) => TrimFunctionWordTails(text, tokens, first, labels)),
        ("lone titles", ClearLoneTitles),
        ("feature names", RetypeFeatureNames),
    ];

    /// <summary>One label repair over a sentence's labels.</summary>
    internal delegate void RepairStep(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists);

    /// <summary>The repairs but those named in <paramref name="skipped"/> (null: all).</summary>
    internal static void Repair(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists, IReadOnlySet<string>? skipped)
    {
        foreach (var (name, step) in Steps)
        {
            if (skipped is null || !skipped.Contains(name))
            {
                step(text, tokens, first, labels, lists);
            }
        }
    }

    // "Guantanamo/B-PERSON Bay/I-PERSON": a name of two or more words ending in a natural-feature or region word is no
    // person but a place (LOC, as the corpora are mapped); no person's name in the training corpora ends in one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RetypeFeatureNames(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        for (var i = 0; i < labels.Length;)
        {
            var end = EndOfEntity(labels, i);
            if (end > i + 1 && NerLabels.TypeOf(labels[i]) == EntityType.Person && lists.FeatureWords.Contains(tokens.TextOf(text, first + end - 1)))
            {
                Relabel(labels, i, end, EntityType.Loc);
            }

            i = Math.Max(end, i + 1);
        }
    }

    // "Ecuador 's Defense/O Ministry/O": untagged capitalised words (two to four, no function word) ending in a head or
    // suffix cue are an organisation, as the cue-span feature says but the tagger did not. Not in text without
    // lower-case words (headlines, shouting), where every word is capitalised.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void TagCueRuns(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        var count = labels.Length;
        var anyLower = false;
        for (var i = 0; i < count && !anyLower; i++)
        {
            anyLower = char.IsLower(text[tokens.StartOf(first + i)]);
        }

        for (var i = 0; anyLower && i < count; i++)
        {
            var start = i;
            while (i < count && labels[i] == NerLabels.Outside && IsPlainCapitalised(text, tokens, first + i))
            {
                i++;
            }

            // [start, i) is a maximal run; take it when it ends in a cue and the name ends there too (a run cut by a
            // tagged word or by a capitalised function word, "Ministry Of Fun", is left alone).
            var length = i - start;
            if (length is >= 2 and <= 4 && lists.StrongCues.Contains(tokens.TextOf(text, first + i - 1))
                && (i == count || (!NerLabels.IsInside(labels[i]) && !FunctionWords.Contains(tokens.TextOf(text, first + i)))))
            {
                Relabel(labels, start, i, EntityType.Org);
            }
        }
    }

    private static bool IsPlainCapitalised(string text, TokenLayer tokens, int token)
    {
        var word = tokens.TextOf(text, token);
        return char.IsUpper(word[0]) && tokens.KindOf(token) is TokenKind.Word or TokenKind.Abbreviation && !FunctionWords.Contains(word) && word is not "A";
    }

    // A user name ("@user") is never an entity (data/ner/README.md, label mapping); a name continuing after it begins anew.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ClearHandles(string text, TokenLayer tokens, int first, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Outside && text[tokens.StartOf(first + i)] == '@')
            {
                labels[i] = NerLabels.Outside;
                if (i + 1 < labels.Length && NerLabels.IsInside(labels[i + 1]))
                {
                    labels[i + 1] = NerLabels.Begin(NerLabels.TypeOf(labels[i + 1]));
                }
            }
        }
    }

    // A name of two or more words ending in a head or suffix cue is an organisation ("U.S. Africa Command" tagged LOC),
    // unless it is a known place name ("West Bank", "Ivory Coast").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RetypeCueNames(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        for (var i = 0; i < labels.Length;)
        {
            var end = EndOfEntity(labels, i);

            // A building standing for the body inside it (org-cues.tsv kind metonym: "Pentagon", "Kremlin") is the
            // organisation, whatever the tagger typed it.
            if (end == i + 1 && NerLabels.TypeOf(labels[i]) != EntityType.Org
                && lists.Cues.TryGetValue(tokens.TextOf(text, first + i), out var kind) && kind == NerNameLists.OrgCueKind.Metonym)
            {
                labels[i] = NerLabels.Begin(EntityType.Org);
            }
            else if (end > i + 1 && NerLabels.TypeOf(labels[i]) == EntityType.Person
                && lists.Cues.TryGetValue(tokens.TextOf(text, first + end - 1), out var last) && last == NerNameLists.OrgCueKind.Metonym)
            {
                // No one's name ends in "Pentagon": "Chief/B-PERSON Pentagon/I-PERSON" is a title before the building,
                // which is the organisation (the lone title is cleared later). "the Pentagon Papers" is left alone.
                labels[end - 1] = NerLabels.Begin(EntityType.Org);
            }
            else if (end > i + 1 && NerLabels.TypeOf(labels[i]) is EntityType.Gpe or EntityType.Loc or EntityType.Person
                && lists.StrongCues.Contains(tokens.TextOf(text, first + end - 1))
                && !lists.PlaceNames.Contains(text.AsSpan(tokens.StartOf(first + i), tokens.EndOf(first + end - 1) - tokens.StartOf(first + i))))
            {
                Relabel(labels, i, end, EntityType.Org);
            }

            i = Math.Max(end, i + 1);
        }
    }

    // "Forces" + "of" + "Colombia": the place or organisation after "of" joins an organisation ending in a cue word.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void JoinOfNames(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        var count = labels.Length;
        for (var i = 0; i < count;)
        {
            var end = EndOfEntity(labels, i);
            if (end > i && NerLabels.TypeOf(labels[i]) == EntityType.Org && lists.StrongCues.Contains(tokens.TextOf(text, first + end - 1))
                && end + 1 < count && tokens.TextOf(text, first + end) is "of"
                && ((labels[end + 1] != NerLabels.Outside && !NerLabels.IsInside(labels[end + 1])
                    && NerLabels.TypeOf(labels[end + 1]) is EntityType.Gpe or EntityType.Loc or EntityType.Org)
                    || (labels[end + 1] == NerLabels.Outside && IsPlainCapitalised(text, tokens, first + end + 1))))
            {
                // A place or organisation, or one untagged capitalised word ("Department of Justice").
                var last = labels[end + 1] == NerLabels.Outside ? end + 2 : EndOfEntity(labels, end + 1);
                Relabel(labels, i, last, EntityType.Org);
                end = last;
            }

            i = Math.Max(end, i + 1);
        }
    }

    // The end (exclusive) of the entity beginning at start, or start when no entity begins there.
    private static int EndOfEntity(ReadOnlySpan<int> labels, int start)
    {
        if (labels[start] == NerLabels.Outside || NerLabels.IsInside(labels[start]))
        {
            return start;
        }

        var end = start + 1;
        while (end < labels.Length && NerLabels.IsInside(labels[end]) && NerLabels.TypeOf(labels[end]) == NerLabels.TypeOf(labels[start]))
        {
            end++;
        }

        return end;
    }

    // "U.S. Special Operations", "Colombian Navy"-style names the tagger cut after the country: a one-word place
    // followed by untagged capitalised words ending in an organisation head cue word (head or weak) is one
    // organisation, as CoNLL and OntoNotes mark "U.S. Army". Not a legal-form suffix: "NZ Inc" is a place and a word.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void JoinCountryPrefixes(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        var count = labels.Length;
        for (var i = 0; i + 2 <= count; i++)
        {
            if (labels[i] != NerLabels.Begin(EntityType.Gpe) || labels[i + 1] != NerLabels.Outside)
            {
                continue;
            }

            var last = -1;
            for (var k = i + 1; k < count && labels[k] == NerLabels.Outside && k - i <= 4; k++)
            {
                var word = tokens.TextOf(text, first + k);
                if (!char.IsUpper(word[0]))
                {
                    break;
                }

                if (lists.Cues.TryGetValue(word, out var cue) && cue == NerNameLists.OrgCueKind.Head)
                {
                    last = k;
                }
            }

            if (last > i && (last + 1 >= count || !NerLabels.IsInside(labels[last + 1])))
            {
                Relabel(labels, i, last + 1, EntityType.Org);
                i = last;
            }
        }
    }

    // "General/B-PERSON Francis/O Donovan/B-PERSON": a capitalised word left out between two parts of a person's
    // name joins them; the greedy decoder sometimes drops a given name after a title it took into the name (the
    // entity stage peels the title off again). Only a one-word last part: "Melanie/B King/O Brandon/B Luna/I" lists two
    // people. Not around a title or role, which begins the next name ("Spokesman/B Colonel/O Rajesh/B").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void JoinSplitPersonNames(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        var person = NerLabels.Begin(EntityType.Person);
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside && labels[i + 1] == person && labels[i - 1] != NerLabels.Outside
                && NerLabels.TypeOf(labels[i - 1]) == EntityType.Person && tokens.KindOf(first + i) is TokenKind.Word or TokenKind.Abbreviation
                && char.IsUpper(text[tokens.StartOf(first + i)]) && char.IsUpper(text[tokens.StartOf(first + i + 1)])
                && !(i + 2 < labels.Length && NerLabels.IsInside(labels[i + 2]))
                && !lists.PersonWords.ContainsKey(tokens.TextOf(text, first + i)))
            {
                labels[i] = NerLabels.Inside(EntityType.Person);
                labels[i + 1] = NerLabels.Inside(EntityType.Person);
            }
        }
    }

    private static void Relabel(Span<int> labels, int start, int end, EntityType type)
    {
        labels[start] = NerLabels.Begin(type);
        for (var k = start + 1; k < end; k++)
        {
            labels[k] = NerLabels.Inside(type);
        }
    }
}