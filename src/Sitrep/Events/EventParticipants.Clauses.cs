using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>Clause and phrase bounds the participant rules read: where the trigger's clause starts and ends, which
/// phrases sit inside prepositional phrases, appositives, introductions and speakers.</summary>
internal sealed partial class EventParticipants
{
    // "has been in custody", "remains in detention": a state noun after "in" is told of its patient.
    private bool InState(TriggerHit hit) =>
        hit.Entry.IsNoun && hit.FirstToken >= 2 && words.Lower[hit.FirstToken - 1] == "in"
        && words.Lower[hit.FirstToken - 2] is "been" or "is" or "was" or "are" or "were" or "remains" or "remained" or "remain" or "being" or "be";

    // The word that introduces a phrase, looking back over up to three modifiers ("by their captors", "of 276
    // schoolgirls", "with Latin American leaders") and a possessor ("by Somalia's intelligence agency"), or −1.
    private int Introducer(TextSpan span)
    {
        var j = words.Tokens.IndexAtOrAfter(span.Start) - 1;
        if (j >= 1 && words.Lower[j] == "'s")
        {
            j--;
            for (var steps = 0; j >= 0 && steps < 6 && words.IsWord(j) && (IsCapitalized(j) || words.Lower[j] == "the"); steps++)
            {
                j--;
            }
        }

        for (var steps = 0; j >= 0 && steps < 4 && (IsModifier(j) || (words.IsWord(j) && IsCapitalized(j))); steps++)
        {
            j--;
        }

        return j >= 0 && words.IsWord(j) ? j : -1;
    }

    private bool IsModifier(int j) =>
        words.Tokens.KindOf(j) == TokenKind.Number
        || (words.IsWord(j) && !IsCapitalized(j) && !Breakers.Contains(words.Lower[j]) && !Prepositions.Contains(words.Lower[j])
            && !NounComplement.Contains(words.Lower[j]) && !EventCues.Reporting.Contains(words.Lower[j]) && words.Lower[j] != "'s");

    private bool IsCapitalized(int j) => char.IsUpper(words.Text[words.Tokens.StartOf(j)]);

    // "Mhlanga's arrest", "Boko Haram's 2014 abduction": the phrase, "'s", then at most a few modifiers up to the noun.
    private bool IsPossessorOf(TextSpan span, TriggerHit hit)
    {
        var j = words.Tokens.IndexAtOrAfter(span.End);
        if (j >= hit.FirstToken || words.Lower[j] != "'s")
        {
            return false;
        }

        for (j++; j < hit.FirstToken; j++)
        {
            if (!IsModifier(j))
            {
                return false;
            }
        }

        return true;
    }

    // "during the arrest of …": a preposition before the noun and its determiners.
    private bool InPrepositionalPhrase(TriggerHit hit, Sentence sentence)
    {
        var j = hit.FirstToken - 1;
        for (var steps = 0; j >= sentence.FirstToken && steps < 3 && IsModifier(j); steps++)
        {
            j--;
        }

        return j >= sentence.FirstToken && Prepositions.Contains(words.Lower[j]);
    }

    // "… it had held since arresting them for illegal entry, Thailand turned …": a gerund after a preposition or
    // subordinator shares the subject of the clause it modifies, which is not the phrase before it.
    private bool SubordinateGerund(TriggerHit hit, Sentence sentence) =>
        hit.FirstToken > sentence.FirstToken && hit.EndToken - hit.FirstToken == 1 && words.Lower[hit.FirstToken].EndsWith("ing", StringComparison.Ordinal)
        && (Prepositions.Contains(words.Lower[hit.FirstToken - 1]) || Subordinators.Contains(words.Lower[hit.FirstToken - 1]));

    // "Blessed Mhlanga, a journalist with NewsDay, has been in custody": the phrase between the commas describes the
    // subject and is not it.
    private TextSpan Appositive(TriggerHit hit, Sentence sentence, int clauseStart)
    {
        var j = hit.FirstToken - 1;
        while (j >= sentence.FirstToken && (EventCues.Auxiliaries.Contains(words.Lower[j]) || EventCues.Be.Contains(words.Lower[j]) || words.Lower[j] == "in"))
        {
            j--;
        }

        if (j < sentence.FirstToken || words.Lower[j] != ",")
        {
            return default;
        }

        for (var k = j - 1; k > sentence.FirstToken && words.Tokens.StartOf(k) >= clauseStart; k--)
        {
            if (words.Lower[k] == ",")
            {
                return words.Lower[k + 1] is "a" or "an" or "the" ? new TextSpan(words.Tokens.StartOf(k), words.Tokens.EndOf(j)) : default;
            }
        }

        return default;
    }

    // The subject of the trigger starts after the last reporting verb or "that" before it. A quotation mark opens a
    // new clause unless it only sets off a phrase around the trigger ("forces carried out “lethal kinetic strikes”").
    private int ClauseStart(TriggerHit hit, Sentence sentence)
    {
        for (var j = hit.FirstToken - 1; j >= sentence.FirstToken; j--)
        {
            var w = words.Lower[j];
            if ((w is "“" or "\"" && IsScareQuote(j, hit, sentence)) || !(EventCues.Reporting.Contains(w) || w is "that" or ";" or ":" or "“" or "\"" or "who" or "which"))
            {
                continue;
            }

            return words.Tokens.EndOf(j);
        }

        return sentence.Span.Start;
    }

    // An opening mark a few words before the trigger, closed a few words after it.
    private bool IsScareQuote(int open, TriggerHit hit, Sentence sentence)
    {
        if (hit.FirstToken - open > 4)
        {
            return false;
        }

        for (var j = hit.EndToken; j < Math.Min(sentence.EndToken, hit.EndToken + 3); j++)
        {
            if (words.Lower[j] is "”" or "\"")
            {
                return true;
            }
        }

        return false;
    }

    // A subordinate gerund's clause also ends at the comma that closes it.
    private int ClauseEnd(TriggerHit hit, Sentence sentence, bool gerund)
    {
        for (var j = hit.EndToken; j < sentence.EndToken; j++)
        {
            if (EventCues.ClauseEnders.Contains(words.Lower[j]) || EventCues.Reporting.Contains(words.Lower[j]) || (gerund && words.Lower[j] == ","))
            {
                return words.Tokens.StartOf(j);
            }
        }

        return sentence.Span.End;
    }

    private bool PrecededBy(TextSpan span, string word)
    {
        var i = words.Tokens.IndexAtOrAfter(span.Start);
        return i > 0 && words.Lower[i - 1] == word;
    }

    private bool IsPlacePhrase(TextSpan span) => LocativeBefore(span) >= 0;

    // The index of a locative preposition within two words before the span ("in the province of X"), or -1.
    private int LocativeBefore(TextSpan span)
    {
        var i = words.Tokens.IndexAtOrAfter(span.Start);
        for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
        {
            if (EventCues.Locative.Contains(words.Lower[j]))
            {
                return j;
            }

            if (!words.IsWord(j) || EventCues.Reporting.Contains(words.Lower[j]))
            {
                return -1;
            }
        }

        return -1;
    }

    // "X said" / "according to X": the speaker is not a participant.
    private bool IsSpeaker(TextSpan span, Sentence sentence)
    {
        var i = words.Tokens.IndexAtOrAfter(span.End);
        for (var j = i; j < Math.Min(i + 2, sentence.EndToken); j++)
        {
            if (EventCues.Reporting.Contains(words.Lower[j]))
            {
                return true;
            }
        }

        return PrecededBy(span, "to") && words.Tokens.IndexAtOrAfter(span.Start) >= 2
            && words.Lower[words.Tokens.IndexAtOrAfter(span.Start) - 2] == "according";
    }
}