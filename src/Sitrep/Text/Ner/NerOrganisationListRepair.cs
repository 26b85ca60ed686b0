using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// Names of the organisation list (data/ner/org-names.tsv: PETRARCH2 armed groups and international bodies, UCDP
/// non-state actors, Sitrep's curated actors) that the tagger left untagged or typed as a person are organisations:
/// a run of two or more tokens whose first and last words are capitalised ("Los Choneros", "Comandos de la
/// Frontera"), or a single all-capital acronym ("FARC") outside an all-capital stretch of text (tweets shout). The
/// list feature alone is not always enough to outweigh the word features of names the training text never saw.
/// Country names are kept out of the list by tools/build-ner-names.cs, so a GPE is never overruled.
/// </summary>
internal static class NerOrganisationListRepair
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Repair(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        var count = labels.Length;
        for (var i = 0; i < count; i++)
        {
            if (!IsCapitalisedWord(text, tokens, first + i) || !StartsListedName(tokens.TextOf(text, first + i), lists))
            {
                continue;
            }

            // A name does not run across a full stop or comma ("Order . The" folds to "order the", a listed name).
            var limit = Math.Min(count - 1, i + lists.LongestOrganisation - 1);
            for (var k = i + 1; k <= limit; k++)
            {
                if (tokens.TextOf(text, first + k) is "." or "," or ";" or ":" or "!" or "?")
                {
                    limit = k - 1;
                    break;
                }
            }

            var matched = -1;
            for (var last = limit; last >= i; last--)
            {
                if (IsCapitalisedWord(text, tokens, first + last)
                    && lists.Organisations.Contains(ToponymFolding.Key(text.AsSpan(tokens.StartOf(first + i), tokens.EndOf(first + last) - tokens.StartOf(first + i)))))
                {
                    matched = last;
                    break;
                }
            }

            if (matched < 0 || !MayRelabel(text, tokens, first, labels, i, matched))
            {
                continue;
            }

            labels[i] = NerLabels.Begin(EntityType.Org);
            for (var k = i + 1; k <= matched; k++)
            {
                labels[k] = NerLabels.Inside(EntityType.Org);
            }

            i = matched;
        }
    }

    // Untagged, or a span of its own typed as a person; a tagged span that crosses the match's edges is left alone.
    private static bool MayRelabel(string text, TokenLayer tokens, int first, Span<int> labels, int start, int last)
    {
        if (NerLabels.IsInside(labels[start]) || (last + 1 < labels.Length && NerLabels.IsInside(labels[last + 1])))
        {
            return false;
        }

        if (start == last)
        {
            return CharClass.IsAcronym(tokens.TextOf(text, first + start), 2)
                && (labels[start] == NerLabels.Outside || NerLabels.TypeOf(labels[start]) == EntityType.Person)
                && !(start > 0 && CharClass.IsAcronym(tokens.TextOf(text, first + start - 1), 2))
                && !(start + 1 < labels.Length && CharClass.IsAcronym(tokens.TextOf(text, first + start + 1), 2));
        }

        var anyOutside = false;
        var anyOther = false;
        for (var k = start; k <= last; k++)
        {
            anyOutside |= labels[k] == NerLabels.Outside;
            anyOther |= labels[k] != NerLabels.Outside && NerLabels.TypeOf(labels[k]) != EntityType.Org;
        }

        return anyOutside || anyOther;
    }

    private static bool StartsListedName(ReadOnlySpan<char> word, NerNameLists lists)
    {
        var key = ToponymFolding.Key(word);
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return lists.OrganisationFirstWords.Contains(space < 0 ? key : key.AsSpan(0, space));
    }

    private static bool IsCapitalisedWord(string text, TokenLayer tokens, int token) =>
        tokens.KindOf(token) is not (TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Url) && char.IsUpper(text[tokens.StartOf(token)]);
}