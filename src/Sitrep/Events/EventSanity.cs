using Sitrep.Documents;
using Sitrep.Quantities;

namespace Sitrep.Events;

/// <summary>
/// Checks every mention must pass whichever path found it (issue #19, point 4): definitions, not judgements. A count
/// attaches only to people; an attack told only as a disaster or an accident is no attack. Their words are the
/// classes of data/events/sanity.tsv.
/// </summary>
internal sealed class EventSanity(EventWordClasses words, EventRuleSet rules)
{
    /// <summary>The mentions of <paramref name="reading"/> that pass, with counts of non-people taken off.</summary>
    public List<EventMention> Apply(EventReading reading, List<EventMention> mentions)
    {
        var quantities = reading.Document.TryGet<QuantityLayer>() is { } layer ? new SentenceItems<Quantity>(layer.Quantities, q => q.Span) : null;
        var result = new List<EventMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (rules.On(EventRule.DisasterNotAssault) && mention.Type == PloverType.Assault && mention.Actors.Count == 0 && ToldAsDisaster(reading, mention))
            {
                continue;
            }

            var checkedCounts = rules.On(EventRule.CountsArePeople) && quantities is not null ? PeopleOnly(reading, quantities, mention) : mention;
            // "millions of dogs are killed for their meat": with its only count taken off and nobody named on either
            // side, an attack is an attack on animals, which no conflict codebook codes.
            if (checkedCounts.Type == PloverType.Assault && mention.Fatalities is not null && checkedCounts.Fatalities is null
                && checkedCounts.Injuries is null && mention.Actors.Count == 0 && mention.Recipients.Count == 0)
            {
                continue;
            }

            result.Add(checkedCounts);
        }

        return result;
    }

    // Every sentence of the mention names a disaster or an accident and none says, un-negated, that someone attacked.
    private bool ToldAsDisaster(EventReading reading, EventMention mention)
    {
        var disaster = words["disaster"];
        var attack = words["attack"];
        var negation = words["negation"];
        var lower = reading.Words.Lower;
        var anyDisaster = false;
        foreach (var index in mention.SentenceIndexes)
        {
            var sentence = reading.Sentences.Sentences[index];
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                anyDisaster |= disaster.Contains(lower[i]);
                if (attack.Contains(lower[i]) && !NegatedAt(lower, i, sentence.FirstToken, negation))
                {
                    return false;
                }
            }
        }

        return anyDisaster;
    }

    // "no indication of enemy fire": a negation cue at most four words before.
    private static bool NegatedAt(string[] lower, int i, int floor, IReadOnlySet<string> negation)
    {
        for (var j = i - 1; j >= Math.Max(floor, i - 4); j--)
        {
            if (negation.Contains(lower[j]))
            {
                return true;
            }
        }

        return false;
    }

    private EventMention PeopleOnly(EventReading reading, SentenceItems<Quantity> quantities, EventMention mention) => mention with
    {
        Fatalities = People(reading, quantities, mention, mention.Fatalities, QuantitySemantics.Fatalities),
        Injuries = People(reading, quantities, mention, mention.Injuries, QuantitySemantics.Injuries),
        Arrests = People(reading, quantities, mention, mention.Arrests, QuantitySemantics.Arrests),
    };

    // A count stays unless every phrase in the mention's sentences that gives it counts something other than people.
    private CountRange? People(EventReading reading, SentenceItems<Quantity> quantities, EventMention mention, CountRange? count, QuantitySemantics semantics)
    {
        if (count is null)
        {
            return null;
        }

        var nonPerson = words["non-person"];
        var sources = 0;
        var ofNonPeople = 0;
        foreach (var index in mention.SentenceIndexes)
        {
            foreach (var q in quantities.In(reading.Sentences.Sentences[index].Span))
            {
                if (q.Semantics != semantics || q.Range != count)
                {
                    continue;
                }

                sources++;
                if (q.Victims is { } victims && nonPerson.Contains(HeadOf(reading.Document.Text, victims)))
                {
                    ofNonPeople++;
                }
            }
        }

        return sources > 0 && sources == ofNonPeople ? null : count;
    }

    // The last word of a counted noun phrase ("millions of dogs" → "dogs").
    private static string HeadOf(string text, TextSpan victims)
    {
        var phrase = victims.Of(text).Trim();
        var end = phrase.Length;
        while (end > 0 && !char.IsLetter(phrase[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(phrase[start - 1]) || phrase[start - 1] == '-'))
        {
            start--;
        }

        return phrase[start..end].ToString().ToLowerInvariant();
    }
}