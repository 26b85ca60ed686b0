using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Text;
using Sitrep.Text.Lexicon;
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
    private readonly Place? mainCountry = MainCountry(places);
    private readonly EventParticipants participants = new(words, actors);
    private readonly SentenceItems<TimeExpression>? timesIn = times is null ? null : new(times.Expressions, t => t.Span);
    private readonly SentenceItems<PlaceMention>? placesIn = places is null ? null : new(places.Items, p => p.Span);
    private readonly SentenceItems<Quantity>? quantitiesIn = quantities is null ? null : new(quantities.Quantities, q => q.Span);

    // Per country code, asked for every mention after merging: the first country-level place, the country's name as
    // the actors give it, and its police. Each is a scan of a whole layer, so it is made once per code.
    private readonly Dictionary<string, Place?> countryPlaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> countryNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorMention?> police = new(StringComparer.Ordinal);

    // Triggers of acts of state authority told without their agent (EventParticipants.AgentlessStateAct).
    private readonly HashSet<TextSpan> agentless = [];

    public EventMention Build(TriggerHit hit, IReadOnlyList<TriggerHit> sameSentence)
    {
        var sentence = sentences.Sentences[hit.Sentence];
        var (agents, patients) = participants.Of(hit, sentence);
        if (agents.Count == 0 && participants.AgentlessStateAct(hit))
        {
            agentless.Add(hit.Span);
        }

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

    // The index of a locative preposition within five words before the span ("in the province of X"), or -1.
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

    // The nearest time expression of the sentence; a year-less month-day ("March 6" with no publication date) is kept
    // as such, so that clustering can take the year from another report (ARCHITECTURE.md, YearlessDate).
    private (DateInterval? Date, YearlessDate? MonthDay) DateOf(TriggerHit hit, Sentence sentence, IReadOnlyList<TriggerHit> sameSentence)
    {
        if (timesIn is null)
        {
            return (null, null);
        }

        TimeExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var t in timesIn.In(sentence.Span))
        {
            if (t.Interval is null && t.MonthDay is null)
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
        if (placesIn is null)
        {
            return null;
        }

        PlaceMention? best = null;
        var bestKey = (Distance: int.MaxValue, Precision: int.MaxValue);
        var inSentence = placesIn.In(sentence.Span);
        foreach (var p in inSentence)
        {
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
        best ??= inSentence.FirstOrDefault(p => p.Place.Precision >= 3 && patients.Exists(a => a.Span.Overlaps(p.Span)));
        return best?.Place;
    }

    // Acts done on the ground (not statements) happen, unless the text says otherwise, in the article's main country
    // (dev-voa gold: "authorities arrested Zamora" is placed in Guatemala, a lawsuit or a condemnation is not placed).
    // Applied after merging, so that a continuation without a place of its own still joins its event.
    // The acting authority's country comes first ("the Moroccan counterterror agency broke up a cell" → Morocco).
    // An arrest told without its agent is then given the police of the country it happened in.
    public EventMention WithMainCountry(EventMention mention)
    {
        var placed = WithPlace(mention);
        return placed.Actors.Count == 0 && agentless.Contains(placed.Trigger) && placed.Place?.Country is { } code
            && StatePolice(code) is { } police && !placed.Recipients.Any(r => r.Country == code && r.Sector == ActorSector.Police)
            ? placed with { Actors = [police with { Span = placed.Trigger }] }
            : placed;
    }

    // "Spanish authorities" elsewhere in the article names Spain: a country actor is named after the country ("C:ES"),
    // a country's state actor lists the country's name first (CountryActors.AliasesOf).
    private string? CountryNameFromActors(string code)
    {
        if (!countryNames.TryGetValue(code, out var name))
        {
            name = actors.FirstOrDefault(a => a.DictionaryId == $"C:{code}")?.Name
                ?? actors.FirstOrDefault(a => a.DictionaryId is { } id && id.StartsWith($"C:{code}:", StringComparison.Ordinal) && a.Aliases.Count > 0)?.Aliases[0];
            countryNames[code] = name;
        }

        return name;
    }

    // The article's first place that is the country itself (not a province or town of it).
    private Place? CountryPlace(string code)
    {
        if (places is null)
        {
            return null;
        }

        if (!countryPlaces.TryGetValue(code, out var place))
        {
            place = places.Items.Select(p => p.Place).FirstOrDefault(p => p.Country == code && p.Precision == 5 && p.Admin1 is null);
            countryPlaces[code] = place;
        }

        return place;
    }

    private EventMention WithPlace(EventMention mention)
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
        var place = actorCountry is null ? null : CountryPlace(actorCountry);
        place ??= mainCountry;
        return place is null ? mention : mention with { Place = place };
    }

    // "Zimbabwe police" with the aliases the actor dictionary gives a country's police (CountryActors), named after the
    // country as the article's place layer names it.
    private ActorMention? StatePolice(string code)
    {
        if (police.TryGetValue(code, out var known))
        {
            return known;
        }

        var name = CountryPlace(code)?.Name ?? CountryNameFromActors(code);
        if (name is null)
        {
            police[code] = null;
            return null;
        }

        var demonyms = TextResources.Default.Demonyms.Where(d => string.Equals(d.Value, name, StringComparison.OrdinalIgnoreCase))
            .Select(d => d.Key).OrderBy(d => d.EndsWith('s')).ThenBy(d => d.Length).ThenBy(d => d, StringComparer.Ordinal).ToList();
        var country = new CountryActors(code, name, demonyms, []);
        return police[code] = new ActorMention(default, country.NameOf(ActorSector.Police), country.AliasesOf(ActorSector.Police), code, ActorSector.Police,
            $"C:{code}:{ActorSector.Police}");
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
        if (quantitiesIn is null)
        {
            return null;
        }

        foreach (var q in quantitiesIn.In(sentence.Span))
        {
            if (q.Semantics != semantics)
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