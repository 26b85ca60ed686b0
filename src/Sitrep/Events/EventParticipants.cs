using System.Collections.Frozen;
using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>
/// Who did what to whom, within the trigger's sentence: the subject nearest before the verb and the object nearest
/// after it, swapped for a passive with its by-phrase as agent; the possessor and the of-object of a nominal event
/// ("Mhlanga's arrest", "the arrest of a lawmaker"); phrases inside other prepositional phrases are no subjects.
/// </summary>
internal sealed partial class EventParticipants(DocumentWords words, IReadOnlyList<ActorMention> actors)
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
        foreach (var actor in InSentence(sentence))
        {
            if (IsSpeaker(actor.Span, sentence))
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

    // The phrase right after the comma that closes the introductory phrase holding the trigger.
    private ActorMention? MainSubject(TriggerHit hit, Sentence sentence)
    {
        for (var j = hit.EndToken; j < sentence.EndToken - 1; j++)
        {
            if (words.Lower[j] == ",")
            {
                var k = words.Lower[j + 1] == "the" ? j + 2 : j + 1;
                return k < sentence.EndToken ? InSentence(sentence).FirstOrDefault(a => a.Span.Start == words.Tokens.StartOf(k)) : null;
            }
        }

        return null;
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
        InSentence(sentence).FirstOrDefault(a => a.Span.End <= end && end - a.Span.End <= 1);

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
}