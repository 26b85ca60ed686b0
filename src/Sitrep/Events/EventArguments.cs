using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Attaches a trigger's arguments from the other layers, all within the trigger's sentence: participants by position and
/// voice, the nearest time expression, the toponym of a locative phrase, and the casualty counts nearest the trigger.
/// </summary>
internal sealed class EventArguments(
    Document document, DocumentWords words, SentenceLayer sentences, IReadOnlyList<ActorMention> actors,
    TimeLayer? times, PlaceLayer? places, QuantityLayer? quantities)
{
    private const int MaxParticipants = 4;

    private readonly Place? mainCountry = MainCountry(places);

    public EventMention Build(TriggerHit hit, IReadOnlyList<TriggerHit> sameSentence)
    {
        var sentence = sentences.Sentences[hit.Sentence];
        var (agents, patients) = Participants(hit, sentence);
        var place = PlaceOf(hit, sentence, patients);
        var (date, monthDay) = DateOf(hit, sentence, sameSentence);
        return new EventMention(
            sentence.Span, hit.Span, hit.Entry.Type, hit.Entry.Mode, hit.Kind, hit.Modality, agents, patients,
            date, place,
            Count(hit, sentence, sameSentence, QuantitySemantics.Fatalities) ?? OneKilled(hit),
            Count(hit, sentence, sameSentence, QuantitySemantics.Injuries),
            Count(hit, sentence, sameSentence, QuantitySemantics.Arrests),
            [hit.Sentence],
            monthDay);
    }

    private (List<ActorMention> Agents, List<ActorMention> Patients) Participants(TriggerHit hit, Sentence sentence)
    {
        var start = ClauseStart(hit, sentence);
        var end = ClauseEnd(hit, sentence);
        var before = new List<ActorMention>();
        var after = new List<ActorMention>();
        var byAgents = new List<ActorMention>();
        foreach (var actor in actors)
        {
            if (!sentence.Span.Contains(actor.Span) || IsPlacePhrase(actor.Span) || IsSpeaker(actor.Span, sentence))
            {
                continue;
            }

            if (actor.Span.End <= hit.Span.Start && actor.Span.Start >= start)
            {
                before.Add(actor);
            }
            else if (actor.Span.Start >= hit.Span.End && actor.Span.End <= end)
            {
                (PrecededBy(actor.Span, "by") || PossessorInByPhrase(actor.Span) ? byAgents : after).Add(actor);
            }
        }

        // A subject the clause does not name is recovered from the words that stand for it: the speaker of the
        // reporting verb for a pronoun ("NISA said it closed 12 outlets"), the noun phrase a relative pronoun
        // follows ("Porras, who was sanctioned by the EU").
        if (before.Count == 0 && SubjectElsewhere(hit, sentence) is { } subject)
        {
            before.Add(subject);
        }

        // The subject is the noun phrase nearest before the verb, the object the one nearest after it, each with what
        // is coordinated with it ("U.S. and Ecuadoran forces"): earlier or later phrases of the clause belong to
        // other constituents ("the 48 Uyghurs it had held …, Thailand turned 40 of them over").
        before = Chain(before, fromEnd: true);
        after = Chain(after, fromEnd: false);
        byAgents = Chain(byAgents, fromEnd: false);

        // Passive "were killed by X": the subject suffers, the by-phrase acts.
        if (hit.Passive)
        {
            return (Distinct(byAgents), Distinct(before));
        }

        before.AddRange(byAgents);
        return (Distinct(before), Distinct(after));
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

    // "conducted by Somalia's National Intelligence and Security Agency": the possessed agency acts too.
    private bool PossessorInByPhrase(TextSpan span)
    {
        var i = words.Tokens.IndexAtOrAfter(span.Start);
        if (i < 2 || words.Lower[i - 1] != "'s")
        {
            return false;
        }

        for (var j = i - 2; j >= Math.Max(0, i - 6); j--)
        {
            if (words.Lower[j] == "by")
            {
                return true;
            }

            if (!words.IsWord(j))
            {
                return false;
            }
        }

        return false;
    }

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

    // The subject of the trigger starts after the last reporting verb or "that" before it.
    private int ClauseStart(TriggerHit hit, Sentence sentence)
    {
        for (var j = hit.FirstToken - 1; j >= sentence.FirstToken; j--)
        {
            var w = words.Lower[j];
            if (EventCues.Reporting.Contains(w) || w is "that" or ";" or ":" or "“" or "\"" or "who" or "which")
            {
                return words.Tokens.EndOf(j);
            }
        }

        return sentence.Span.Start;
    }

    private int ClauseEnd(TriggerHit hit, Sentence sentence)
    {
        for (var j = hit.EndToken; j < sentence.EndToken; j++)
        {
            if (EventCues.ClauseEnders.Contains(words.Lower[j]) || EventCues.Reporting.Contains(words.Lower[j]))
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

    private bool IsPlacePhrase(TextSpan span) => LocativeBefore(span, maxBack: 2) >= 0;

    // The index of a locative preposition within three words before the span ("in the province of X"), or -1.
    private int LocativeBefore(TextSpan span, bool placeOnly = false, int maxBack = 5)
    {
        var i = words.Tokens.IndexAtOrAfter(span.Start);
        for (var j = i - 1; j >= Math.Max(0, i - maxBack); j--)
        {
            if (EventCues.Locative.Contains(words.Lower[j]) || (placeOnly && words.Lower[j] == "on"))
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

    // The nearest time expression of the sentence; a year-less month-day ("March 6" with no publication date) is kept
    // as such, so that clustering can take the year from another report (ARCHITECTURE.md, YearlessDate).
    private (DateInterval? Date, YearlessDate? MonthDay) DateOf(TriggerHit hit, Sentence sentence, IReadOnlyList<TriggerHit> sameSentence)
    {
        if (times is null)
        {
            return (null, null);
        }

        TimeExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in times.Expressions)
        {
            if (!sentence.Span.Contains(t.Span) || (t.Interval is null && t.MonthDay is null))
            {
                continue;
            }

            var distance = t.Span.Start >= hit.Span.End ? t.Span.Start - hit.Span.End : (hit.Span.Start - t.Span.End) + 1;

            // A reference back ("the arrest of Mhlanga") keeps the date of what it refers to, not that of the
            // reporting clause it sits in ("Speaking ahead of Wednesday's hearing, Mhike said the arrest …").
            // Nor that of another event of its sentence: "Their kidnapping recalled the rebels' 2014 kidnapping".
            if (hit.Anaphoric && ((t.Span.End <= hit.Span.Start && ReportingBetween(t.Span.End, hit.Span.Start))
                || sameSentence.Any(o => !ReferenceEquals(o, hit) && Distance(o.Span, t.Span) < Distance(hit.Span, t.Span))))
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }

        if (best is null)
        {
            return (null, null);
        }

        if (best.Interval is null)
        {
            return (null, best.MonthDay);
        }

        // An aggregate runs from its stated start ("since September") to the publication date.
        if (hit.Kind == EventKind.Aggregate && best.Anchor is DateInterval anchor && document.Published is DateOnly published && published >= anchor.From)
        {
            return (new DateInterval(anchor.From, published, best.Interval.Value.Precision), null);
        }

        // An incident reported "since Feb. 24" happened on Feb. 24 (TimeExpression.Anchor).
        return (hit.Kind == EventKind.Incident && best.Anchor is DateInterval start ? start : best.Interval, null);
    }

    private bool ReportingBetween(int start, int end)
    {
        for (var j = words.Tokens.IndexAtOrAfter(start); j < words.Tokens.Count && words.Tokens.StartOf(j) < end; j++)
        {
            if (EventCues.Reporting.Contains(words.Lower[j]))
            {
                return true;
            }
        }

        return false;
    }

    private Place? PlaceOf(TriggerHit hit, Sentence sentence, List<ActorMention> patients)
    {
        if (places is null)
        {
            return null;
        }

        PlaceMention? best = null;
        var bestKey = (Distance: int.MaxValue, Precision: int.MaxValue);
        foreach (var p in places.Items)
        {
            if (!sentence.Span.Contains(p.Span))
            {
                continue;
            }

            var prep = LocativeBefore(p.Span, placeOnly: true);
            if (prep < 0)
            {
                continue;
            }

            var prepStart = words.Tokens.StartOf(prep);
            var distance = prepStart >= hit.Span.End ? prepStart - hit.Span.End : 2 * (hit.Span.Start - prepStart);
            var key = (distance / 40, p.Place.Precision);
            if (key.CompareTo(bestKey) < 0)
            {
                best = p;
                bestKey = key;
            }
        }

        // "attacked Venezuela": a recipient that is a place is where it happened.
        best ??= places.Items.FirstOrDefault(p => p.Place.Precision >= 3 && patients.Exists(a => a.Span.Overlaps(p.Span)) && sentence.Span.Contains(p.Span));
        return best?.Place;
    }

    // Acts done on the ground (not statements) happen, unless the text says otherwise, in the article's main country
    // (dev-voa gold: "authorities arrested Zamora" is placed in Guatemala, a lawsuit or a condemnation is not placed).
    // Applied after merging, so that a continuation without a place of its own still joins its event.
    // The acting authority's country comes first ("the Moroccan counterterror agency broke up a cell" → Morocco).
    public EventMention WithMainCountry(EventMention mention)
    {
        if (mention.Place is not null || mention.Kind != EventKind.Incident
            || !(mention.Type is PloverType.Assault or PloverType.Coerce or PloverType.Retreat or PloverType.Mobilize or PloverType.Protest
                || (mention.Type == PloverType.Sanction && mention.Mode is not null)))
        {
            return mention;
        }

        // Only for acts of authority (arrests, deportations, sentences, releases); forces deploy and strike abroad.
        var actorCountry = mention.Type is PloverType.Coerce or PloverType.Sanction or PloverType.Retreat
            ? mention.Actors.Select(a => a.Country).FirstOrDefault(c => c is not null)
            : null;
        var place = actorCountry is null ? null
            : places?.Items.Select(p => p.Place).FirstOrDefault(p => p.Country == actorCountry && p.Precision == 5 && p.Admin1 is null);
        place ??= mainCountry;
        return place is null ? mention : mention with { Place = place };
    }

    // The country most place mentions of the article are in, as its country-level place.
    private static Place? MainCountry(PlaceLayer? places)
    {
        if (places is null)
        {
            return null;
        }

        var top = places.Items.Where(p => p.Place.Country is not null)
            .GroupBy(p => p.Place.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.Span.Start))
            .FirstOrDefault();
        return top?.Select(p => p.Place).FirstOrDefault(p => p.Precision == 5 && p.Admin1 is null);
    }

    // "a journalist who was killed in 2017": a singular passive killing is one death.
    private CountRange? OneKilled(TriggerHit hit) =>
        hit.Passive && hit.Entry.Type == PloverType.Assault && hit.Entry.Lemmas[0] == "kill" && words.Lower[hit.FirstToken - 1] == "was"
            ? CountRange.Exactly(1)
            : null;

    private CountRange? Count(TriggerHit hit, Sentence sentence, IReadOnlyList<TriggerHit> sameSentence, QuantitySemantics semantics)
    {
        if (quantities is null)
        {
            return null;
        }

        foreach (var q in quantities.Quantities)
        {
            if (q.Semantics != semantics || !sentence.Span.Contains(q.Span))
            {
                continue;
            }

            // The count goes to the nearest trigger of the sentence.
            var mine = Distance(hit.Span, q.Span);
            if (sameSentence.All(other => ReferenceEquals(other, hit) || Distance(other.Span, q.Span) >= mine))
            {
                return q.Range;
            }
        }

        return null;
    }

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : Math.Max(0, a.Start - b.End);
}