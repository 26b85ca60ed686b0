using Sitrep.Actors;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Folds the mentions of one article that report the same event into one: a later sentence joins an earlier mention
/// when it refers back ("The operation", "the strikes"), speaks of it in a direct quotation, or continues it with a weak
/// trigger ("the strikes targeted …"), the type and kind agree and neither date nor place conflicts. A weak or quoted
/// trigger with nothing to join is dropped: opinions and reactions are not events of their own.
/// </summary>
internal static class EventMerger
{
    public static List<EventMention> Merge(IReadOnlyList<(TriggerHit Hit, EventMention Mention)> candidates)
    {
        var merged = new List<EventMention>();
        foreach (var (hit, mention) in candidates)
        {
            var joins = hit.Anaphoric || hit.InSpeech || !hit.Strong;
            var target = joins ? FindTarget(merged, hit, mention) : -1;
            if (target >= 0)
            {
                merged[target] = Join(merged[target], mention);
            }
            else if (hit.Strong && !(hit.InSpeech && !hit.Anaphoric))
            {
                merged.Add(mention);
            }
        }

        return merged;
    }

    private static int FindTarget(List<EventMention> merged, TriggerHit hit, EventMention mention)
    {
        for (var m = merged.Count - 1; m >= 0; m--)
        {
            var earlier = merged[m];
            if (earlier.Type == mention.Type && earlier.Kind == mention.Kind
                && !Conflicts(earlier.Date, mention.Date) && !PlacesConflict(earlier, mention)
                && !earlier.SentenceIndexes.Contains(hit.Sentence))
            {
                return m;
            }
        }

        return -1;
    }

    private static bool Conflicts(DateInterval? a, DateInterval? b) =>
        a is DateInterval x && b is DateInterval y && (x.To < y.From || y.To < x.From);

    private static bool PlacesConflict(EventMention a, EventMention b) =>
        a.Place?.Country is string x && b.Place?.Country is string y && x != y;

    private static EventMention Join(EventMention earlier, EventMention later)
    {
        var place = earlier.Place;
        if (later.Place is { } lp && (place is null || (lp.Precision < place.Precision && lp.Country == place.Country)))
        {
            place = lp;
        }

        return earlier with
        {
            Actors = Union(earlier.Actors, later.Actors),
            Recipients = Union(earlier.Recipients, later.Recipients),
            Date = earlier.Date ?? later.Date,
            Place = place,
            Mode = earlier.Mode ?? later.Mode,
            Fatalities = earlier.Fatalities ?? later.Fatalities,
            Injuries = earlier.Injuries ?? later.Injuries,
            Arrests = earlier.Arrests ?? later.Arrests,
            Modality = earlier.Modality == EventModality.Asserted ? later.Modality : earlier.Modality,
            SentenceIndexes = [.. earlier.SentenceIndexes.Union(later.SentenceIndexes).Order()],
        };
    }

    private static List<ActorMention> Union(IReadOnlyList<ActorMention> a, IReadOnlyList<ActorMention> b)
    {
        var result = new List<ActorMention>(a);
        foreach (var actor in b)
        {
            if (!result.Exists(x => string.Equals(x.Name, actor.Name, StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(actor);
            }
        }

        return result;
    }
}
