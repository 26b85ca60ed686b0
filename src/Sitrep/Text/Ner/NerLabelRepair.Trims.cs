using System.Runtime.CompilerServices;
using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>The repairs that trim a name to its shape: no lower-case or function-word tail, no title or pronoun alone.</summary>
internal static partial class NerLabelRepair
{
    // "Spokesman/B-PERSON said", "Gen./B-PERSON": a title or role alone is no name (person-titles.tsv); the entity
    // stage reads it as the title of the name next to it. Nor is a pronoun or other function word ("We/B-ORG will"),
    // which re3d's annotators sometimes tagged.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ClearLoneTitles(string text, TokenLayer tokens, int first, Span<int> labels, NerNameLists lists)
    {
        var person = NerLabels.Begin(EntityType.Person);
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Outside && !NerLabels.IsInside(labels[i]) && (i + 1 == labels.Length || !NerLabels.IsInside(labels[i + 1]))
                && ((labels[i] == person && lists.PersonWords.ContainsKey(tokens.TextOf(text, first + i))) || FunctionWords.Contains(tokens.TextOf(text, first + i))))
            {
                labels[i] = NerLabels.Outside;
            }
        }
    }

    // "Hitler/B Is/I", "Clooney./B He/I": a capitalised pronoun, auxiliary, article or preposition does not end a name
    // (headlines and tweets capitalise them). No name of two or more words in the training corpora ends in one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void TrimFunctionWordTails(string text, TokenLayer tokens, int first, Span<int> labels)
    {
        for (var i = 0; i < labels.Length;)
        {
            var end = EndOfEntity(labels, i);
            var cut = end;
            while (cut - 1 > i && FunctionWords.Contains(tokens.TextOf(text, first + cut - 1)))
            {
                cut--;
            }

            labels[cut..end].Clear(); // NerLabels.Outside is 0.
            i = Math.Max(end, i + 1);
        }
    }

    // "SOUTHCOM/B of/I the/I operation/I", "the U.S./B naval/I base/I": a name does not end in a lower-case word (CoNLL
    // and OntoNotes names end in a capitalised word or a number), so a span that has a capitalised word ends at its last
    // word that is not plain lower case. Capitalised tails stay ("Bank of America"), and so do particles that belong to a
    // name ("Abu Bakr al-Baghdadi", "Côte d'Ivoire", "Apple iPhone") and names written wholly in lower case (tweets).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void TrimLowerCaseTails(string text, TokenLayer tokens, int first, Span<int> labels)
    {
        for (var i = 0; i < labels.Length;)
        {
            var end = EndOfEntity(labels, i);
            var cut = end;
            while (cut - 1 > i && IsPlainLowerCase(tokens.TextOf(text, first + cut - 1)))
            {
                cut--;
            }

            if (cut < end && !IsPlainLowerCase(tokens.TextOf(text, first + cut - 1)))
            {
                labels[cut..end].Clear(); // NerLabels.Outside is 0.
            }

            i = Math.Max(end, i + 1);
        }
    }

    private static bool IsPlainLowerCase(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsLower(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsUpper(c) || c is '-' or '\'' or '’' || char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}