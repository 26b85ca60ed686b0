using System.Collections.Frozen;
using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>
/// Who did what to whom, within the trigger's sentence: the subject nearest before the verb and the object nearest
/// after it, swapped for a passive with its by-phrase as agent; the possessor and the of-object of a nominal event
/// ("Mhlanga's arrest", "the arrest of a lawmaker"); phrases inside other prepositional phrases are no subjects.
/// </summary>
internal sealed class EventParticipants(DocumentWords words, IReadOnlyList<ActorMention> actors)
{
    private const int MaxParticipants = 4;

    // Prepositions whose object is no subject of the clause's verb ("during a summit with Latin American leaders,
    // Trump signed"; "arriving aboard U.S. military cargo jets … before being deported"). "by" introduces the agent
    // and "of" a head noun's complement ("the head of the army ordered").
    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
        "with", "aboard", "at", "in", "on", "into", "onto", "from", "to", "for", "against", "after", "before", "during", "near",
        "under", "over", "about", "since", "among", "amid", "between", "without", "within", "despite", "like", "including",
        "toward", "towards", "via", "through", "across", "inside", "outside", "behind", "beyond", "upon", "alongside");

    // Words that are prepositions before a noun phrase but conjunctions before a clause: "before a court in October
    // granted him house arrest" has its subject after "before".
    private static readonly FrozenSet<string> Subordinators = FrozenSet.Create(StringComparer.Ordinal,
        "before", "after", "since", "until", "as");

    // Event types whose nouns take loose complements: "a lawsuit … alleged the U.S. government had …".
    private static bool Verbal(PloverType type) =>
        type is PloverType.Accuse or PloverType.Request or PloverType.Reject or PloverType.Threaten or PloverType.Consult
            or PloverType.Agree or PloverType.Support or PloverType.Cooperate or PloverType.Concede;

    // Words that open the complement of an event noun: "the arrest of X", "an attack on X", "strikes against X",
    // "an operation conducted by X" (Quirk et al. 1985, 17.51: the of-phrase of a deverbal noun is its object).
    private static readonly FrozenSet<string> NounComplement = FrozenSet.Create(StringComparer.Ordinal,
        "of", "on", "upon", "against", "targeting", "by");

    // Words a modifier run stops at while looking back for what introduces a phrase: function words that start a new
    // constituent.
    private static readonly FrozenSet<string> Breakers = FrozenSet.Create(StringComparer.Ordinal,
        "and", "or", "but", "that", "which", "who", "whom", "when", "while", "as", "if", "than", "by", "of", "targeting",
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would");

    // Possessors that act rather than undergo: "Boko Haram's abduction of 276 schoolgirls" against "Mhlanga's arrest".
    private static bool Agentive(ActorMention actor) =>
        actor.Sector is ActorSector.Military or ActorSector.Police or ActorSector.Government or ActorSector.Rebel
            or ActorSector.Criminal or ActorSector.International;

    public (List<ActorMention> Agents, List<ActorMention> Patients) Of(TriggerHit hit, Sentence sentence)
    {
        var start = ClauseStart(hit, sentence);
        var gerund = SubordinateGerund(hit, sentence);
        var end = ClauseEnd(hit, sentence, gerund);
        var noun = hit.Entry.IsNoun && !gerund;
        var state = InState(hit);
        var passive = hit.Passive || state;
        var before = new List<ActorMention>();
        var after = new List<ActorMention>();
        var byAgents = new List<ActorMention>();
        var fromAgents = new List<ActorMention>();
        ActorMention? possessor = null;
        var appositive = Appositive(hit, sentence, start);
        foreach (var actor in actors)
        {
            if (!sentence.Span.Contains(actor.Span) || IsSpeaker(actor.Span, sentence))
            {
                continue;
            }

            var introducer = Introducer(actor.Span);
            var by = introducer >= 0 && words.Lower[introducer] == "by";
            if (actor.Span.Start >= hit.Span.End && actor.Span.End <= end && passive && introducer >= 0 && words.Lower[introducer] == "from"
                && Agentive(actor) && hit.Entry.Mode is "expel" or "deport")
            {
                // "Geza was expelled from the Zanu PF party", "were deported from Thailand": the body one leaves acts.
                fromAgents.Add(actor);
                continue;
            }

            if (IsPlacePhrase(actor.Span))
            {
                continue;
            }

            if (actor.Span.End <= hit.Span.Start && actor.Span.Start >= start)
            {
                if (noun && IsPossessorOf(actor.Span, hit))
                {
                    possessor = actor;
                }
                else if (!(introducer >= 0 && Prepositions.Contains(words.Lower[introducer]) && !Subordinators.Contains(words.Lower[introducer]))
                    && !appositive.Contains(actor.Span))
                {
                    before.Add(actor);
                }
            }
            else if (actor.Span.Start >= hit.Span.End && actor.Span.End <= end)
            {
                if (by)
                {
                    byAgents.Add(actor);
                }
                else if (noun && !Verbal(hit.Entry.Type) && !(introducer >= 0 && NounComplement.Contains(words.Lower[introducer])))
                {
                    // The event noun's complement only: "condemned Mhlanga's arrest and urged the government" does
                    // not make the government a participant of the arrest.
                }
                else if (hit.Entry.Type == PloverType.Request && introducer >= 0 && words.Lower[introducer] == "for")
                {
                    // "called for Zamora's release": what is asked for, not whom it is asked of.
                }
                else
                {
                    after.Add(actor);
                }
            }
        }

        // "Somalia's National Intelligence and Security Agency" is one participant: the agency; so is "al-Shabab
        // militants": the group.
        foreach (var list in (List<ActorMention>[])[before, after, byAgents])
        {
            DropPossessors(list);
            DropHeads(list);
        }

        // A nominal event inside a prepositional phrase ("during the arrest of a lawmaker", "since the attack on
        // Venezuela") is not done by the subject of the clause it sits in; one with a possessor is done by it or to it.
        if ((noun && (possessor is not null || (!state && InPrepositionalPhrase(hit, sentence)))) || gerund)
        {
            before.Clear();
        }

        // An introductory phrase takes the subject of the main clause after it ("After weeks of denying it was
        // planning to …, since arresting them in 2014, Thailand turned 40 of them over"): the implied subject of a
        // fronted participle is the main clause's (Quirk et al. 1985, 15.58, the "attachment rule").
        if (gerund && (Prepositions.Contains(words.Lower[sentence.FirstToken]) || Subordinators.Contains(words.Lower[sentence.FirstToken]))
            && MainSubject(hit, sentence) is { } main)
        {
            before.Add(main);
        }

        // A subject the clause does not name is recovered from the words that stand for it: the speaker of the
        // reporting verb for a pronoun ("NISA said it closed 12 outlets"), the noun phrase a relative pronoun
        // follows ("Porras, who was sanctioned by the EU").
        if (before.Count == 0 && possessor is null && SubjectElsewhere(hit, sentence) is { } subject)
        {
            before.Add(subject);
        }

        // The subject is the noun phrase nearest before the verb, the object the one nearest after it, each with what
        // is coordinated with it ("U.S. and Ecuadoran forces"): earlier or later phrases of the clause belong to
        // other constituents ("the 48 Uyghurs it had held …, Thailand turned 40 of them over").
        before = Chain(before, fromEnd: true);
        after = Chain(after, fromEnd: false);
        byAgents = Chain(byAgents, fromEnd: false);
        if (byAgents.Count == 0)
        {
            byAgents = fromAgents;
        }

        if (possessor is not null)
        {
            (Agentive(possessor) ? before : after).Insert(0, possessor);
        }

        // Passive "were killed by X": the subject suffers, the by-phrase acts.
        if (passive)
        {
            return Roles(byAgents, before);
        }

        before.AddRange(byAgents);
        return Roles(before, after);
    }

    // No participant in both roles: "released by the Organization for Economic Cooperation and Development (OECD)".
    private static (List<ActorMention> Agents, List<ActorMention> Patients) Roles(List<ActorMention> agents, List<ActorMention> patients)
    {
        var acting = Distinct(agents);
        return (acting, Distinct([.. patients.Where(p => !acting.Exists(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)))]));
    }

    /// <summary>
    /// True for an act of state authority told without its agent: "a cell was dismantled in Seville", "he was
    /// arrested", "has been in custody since Feb. 24". Arrests and detentions are the police's business wherever they
    /// happen (ACLED codebook 2023, "Arrests": coded to the state forces of the country unless another actor is named).
    /// </summary>
    public bool AgentlessStateAct(TriggerHit hit) =>
        hit.Entry.Type == PloverType.Coerce && hit.Entry.Mode == "arrest" && (hit.Passive || InState(hit))
        && hit.Entry.Lemmas[0] is "arrest" or "detain" or "apprehend" or "dismantle" or "custody" or "detention" or "break up";

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

    // The phrase right after the comma that closes the introductory phrase holding the trigger.
    private ActorMention? MainSubject(TriggerHit hit, Sentence sentence)
    {
        for (var j = hit.EndToken; j < sentence.EndToken - 1; j++)
        {
            if (words.Lower[j] == ",")
            {
                var k = words.Lower[j + 1] == "the" ? j + 2 : j + 1;
                return k < sentence.EndToken ? actors.FirstOrDefault(a => a.Span.Start == words.Tokens.StartOf(k)) : null;
            }
        }

        return null;
    }

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

    private ActorMention? SubjectElsewhere(TriggerHit hit, Sentence sentence)
    {
        var j = hit.FirstToken - 1;
        while (j >= sentence.FirstToken && (EventCues.Auxiliaries.Contains(words.Lower[j]) || EventCues.Be.Contains(words.Lower[j])
            || words.Lower[j].EndsWith("ly", StringComparison.Ordinal) || EventCues.Sequence.Contains(words.Lower[j])))
        {
            j--;
        }

        if (j < sentence.FirstToken)
        {
            return null;
        }

        if (words.Lower[j] is "who" or "which")
        {
            var k = j - 1;
            if (k >= sentence.FirstToken && words.Lower[k] == ",")
            {
                k--;
            }

            return k >= sentence.FirstToken ? ActorEndingAt(words.Tokens.EndOf(k), sentence) : null;
        }

        if (!EventCues.Pronouns.Contains(words.Lower[j]))
        {
            return null;
        }

        // Back over "that" and a time word or two to the reporting verb, then the phrase right before it.
        for (var k = j - 1; k >= Math.Max(sentence.FirstToken, j - 4); k--)
        {
            if (EventCues.Reporting.Contains(words.Lower[k]))
            {
                return k > sentence.FirstToken ? ActorEndingAt(words.Tokens.EndOf(k - 1), sentence) : null;
            }
        }

        return null;
    }

    private ActorMention? ActorEndingAt(int end, Sentence sentence) =>
        actors.FirstOrDefault(a => sentence.Span.Contains(a.Span) && a.Span.End <= end && end - a.Span.End <= 1);

    // A country whose named body follows ("Somalia's National Intelligence and Security Agency") is folded into it.
    private void DropPossessors(List<ActorMention> list) =>
        list.RemoveAll(a => a.Country is not null && list.Exists(b => !ReferenceEquals(a, b) && b.Span.Start > a.Span.End
            && words.Tokens.IndexAtOrAfter(a.Span.End) is var j && j + 1 < words.Tokens.Count && words.Lower[j] == "'s"
            && words.Tokens.StartOf(j + 1) == b.Span.Start && IsCapitalized(j + 1)));

    // A generic noun right after a named actor is that actor's head noun: "16 al-Shabab militants".
    private static void DropHeads(List<ActorMention> list) =>
        list.RemoveAll(b => b.DictionaryId is null && b.Country is null && list.Exists(a => !ReferenceEquals(a, b) && a.DictionaryId is not null
            && b.Span.Start - a.Span.End is >= 0 and <= 1));

    private List<ActorMention> Chain(List<ActorMention> phrases, bool fromEnd)
    {
        if (phrases.Count < 2)
        {
            return phrases;
        }

        var chain = new List<ActorMention>();
        if (fromEnd)
        {
            chain.Add(phrases[^1]);
            for (var k = phrases.Count - 2; k >= 0 && Coordinated(phrases[k].Span, phrases[k + 1].Span); k--)
            {
                chain.Insert(0, phrases[k]);
            }
        }
        else
        {
            chain.Add(phrases[0]);
            for (var k = 1; k < phrases.Count && Coordinated(phrases[k - 1].Span, phrases[k].Span); k++)
            {
                chain.Add(phrases[k]);
            }
        }

        return chain;
    }

    // Only commas, conjunctions, determiners and plain adjectives between two phrases: "the United States, United
    // Nations and international rights groups".
    private bool Coordinated(TextSpan first, TextSpan second)
    {
        var from = words.Tokens.IndexAtOrAfter(first.End);
        var to = words.Tokens.IndexAtOrAfter(second.Start);
        for (var j = from; j < to; j++)
        {
            var w = words.Lower[j];
            if (!(w is "," or "and" or "&" or "or" or "the" or "its" or "their" or "local" or "international" or "other"))
            {
                return false;
            }
        }

        return true;
    }

    private static List<ActorMention> Distinct(List<ActorMention> list)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. list.Where(a => seen.Add(a.Name)).Take(MaxParticipants)];
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