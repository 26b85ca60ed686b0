using System.Runtime.CompilerServices;
using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>
/// Corrects two kinds of tagger output with the organisation cue words of data/ner/org-cues.tsv: a name of two or
/// more words that ends in a head or suffix cue is an organisation whatever type the tagger gave it ("U.S. Africa
/// Command" tagged LOC), and such an organisation followed by "of" and a place or organisation is one name
/// ("Ministry of Defence", "Revolutionary Armed Forces of Colombia"), as the CoNLL and OntoNotes guidelines mark it.
/// </summary>
internal static class NerLabelRepair
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Repair(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        NerOrganisationListRepair.Repair(text, tokens, first, labels, lists);
        JoinCountryPrefixes(text, tokens, first, labels, lists);
        JoinSplitPersonNames(text, tokens, first, labels);
        TagCueRuns(text, tokens, first, labels, lists);
        CutLowerCaseTails(text, tokens, first, labels);
        var count = labels.Length;
        var i = 0;
        while (i < count)
        {
            if (labels[i] == NerLabels.Outside || NerLabels.IsInside(labels[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < count && NerLabels.IsInside(labels[end]) && NerLabels.TypeOf(labels[end]) == NerLabels.TypeOf(labels[i]))
            {
                end++;
            }

            var type = NerLabels.TypeOf(labels[i]);

            // A building standing for the body inside it (org-cues.tsv kind metonym: "Pentagon", "Kremlin") is the
            // organisation, whatever the tagger typed it.
            if (end - i == 1 && type != EntityType.Org && lists.Cues.TryGetValue(tokens.TextOf(text, first + i), out var kind) && kind == NerNameLists.OrgCueKind.Metonym)
            {
                labels[i] = NerLabels.Begin(EntityType.Org);
                type = EntityType.Org;
            }

            var endsInCue = lists.StrongCues.Contains(tokens.TextOf(text, first + end - 1));
            if (endsInCue && end - i >= 2 && type is EntityType.Gpe or EntityType.Loc or EntityType.Person)
            {
                Relabel(labels, i, end, EntityType.Org);
                type = EntityType.Org;
            }

            // "Forces" + "of" + "Colombia": the place or organisation after "of" joins the name.
            if (endsInCue && type == EntityType.Org && end + 1 < count && tokens.TextOf(text, first + end) is "of"
                && labels[end + 1] != NerLabels.Outside && !NerLabels.IsInside(labels[end + 1])
                && NerLabels.TypeOf(labels[end + 1]) is EntityType.Gpe or EntityType.Loc or EntityType.Org)
            {
                var last = end + 2;
                while (last < count && NerLabels.IsInside(labels[last]) && NerLabels.TypeOf(labels[last]) == NerLabels.TypeOf(labels[end + 1]))
                {
                    last++;
                }

                Relabel(labels, i, last, EntityType.Org);
                end = last;
            }

            i = end;
        }
    }

    // "U.S. Special Operations", "Colombian Navy"-style names the tagger cut after the country: a one-word place
    // followed by untagged capitalised words ending in an organisation cue word (head, weak or suffix) is one
    // organisation, as CoNLL and OntoNotes mark "U.S. Army".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void JoinCountryPrefixes(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
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

                if (lists.Cues.TryGetValue(word, out var cue) && cue is NerNameLists.OrgCueKind.Head or NerNameLists.OrgCueKind.Suffix)
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

    // "Ecuador's Defense Ministry said": an untagged run of two to four capitalised words that ends in a head cue
    // word of org-cues.tsv ("Ministry", "Army") and is followed by a word that is not capitalised is an organisation,
    // the rule of the gazetteer's cue-span feature made firm. A leading "The" is not part of the name.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TagCueRuns(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        var count = labels.Length;
        var i = 0;
        while (i < count)
        {
            var end = i;
            while (end < count && labels[end] == NerLabels.Outside && IsCapitalisedWord(text, tokens, first + end))
            {
                end++;
            }

            var start = i < end && tokens.TextOf(text, first + i) is "The" ? i + 1 : i;
            if (end - start is >= 2 and <= 4 && (end == count || labels[end] == NerLabels.Outside)
                && lists.Cues.TryGetValue(tokens.TextOf(text, first + end - 1), out var kind) && kind == NerNameLists.OrgCueKind.Head)
            {
                Relabel(labels, start, end, EntityType.Org);
            }

            i = Math.Max(end, i + 1);
        }
    }

    // "the U.S./B-GPE naval/I-GPE base/I-GPE": a name does not end in a lower-case word (CoNLL and OntoNotes names end
    // in a capitalised word or a number), so a span with a capitalised word ends at its last capitalised word or number.
    // All-lower-case spans ("obama" in a tweet) are left alone.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CutLowerCaseTails(string text, TokenLayer tokens, int first, Span<int> labels)
    {
        var count = labels.Length;
        var i = 0;
        while (i < count)
        {
            if (labels[i] == NerLabels.Outside || NerLabels.IsInside(labels[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < count && NerLabels.IsInside(labels[end]))
            {
                end++;
            }

            var last = end - 1;
            while (last > i && char.IsLower(text[tokens.StartOf(first + last)]))
            {
                last--;
            }

            if (last < end - 1 && !char.IsLower(text[tokens.StartOf(first + last)]))
            {
                labels[(last + 1)..end].Clear(); // O is 0
            }

            i = end;
        }
    }

    private static bool IsCapitalisedWord(string text, TokenLayer tokens, int t) =>
        tokens.KindOf(t) is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[tokens.StartOf(t)]);

    // "General/B-PERSON Francis/O Donovan/B-PERSON": a capitalised word left out between two parts of a person's
    // name joins them; the greedy decoder sometimes drops a given name after a title it took into the name (the
    // entity stage peels the title off again).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void JoinSplitPersonNames(string text, TokenLayer tokens, int first, Span<int> labels)
    {
        var person = NerLabels.Begin(EntityType.Person);
        for (var i = 1; i + 1 < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside && labels[i + 1] == person && labels[i - 1] != NerLabels.Outside
                && NerLabels.TypeOf(labels[i - 1]) == EntityType.Person && tokens.KindOf(first + i) is TokenKind.Word or TokenKind.Abbreviation
                && char.IsUpper(text[tokens.StartOf(first + i)]))
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