using Sitrep.Actors;
using Sitrep.Documents;
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
    public static List<EventMention> Merge(IReadOnlyList<(TriggerHit Hit, EventMention Mention)> candidates, string text = "", EventRuleSet? rules = null)
    {
        rules ??= EventRuleSet.All;
        var merged = new List<EventMention>();
        foreach (var (hit, mention) in candidates)
        {
            MergeOne(merged, hit, mention, text, rules);
        }

        return merged;
    }

    private static void MergeOne(List<EventMention> merged, TriggerHit hit, EventMention mention, string text, EventRuleSet rules)
    {
        // How far back a mention may be joined: any distance for "the operation", a few sentences for a quotation
        // or a weak trigger, two for a plain continuation with no date or place of its own ("it had killed more").
        var window = !rules.On(EventRule.JoinReferences) ? 0
            : hit.Anaphoric ? int.MaxValue
            : hit.InSpeech || hit.PronounSubject ? 4
            : !hit.Strong ? 3
            : mention.Date is null && hit.Kind == EventKind.Incident && !hit.Entry.IsNoun ? 2
            : 0;
        var target = window > 0 ? FindTarget(merged, hit, mention, window, text)
            : rules.On(EventRule.JoinSameEvent) ? SameEvent(merged, mention, hit.Sentence) : -1;
        if (target >= 0)
        {
            merged[target] = Join(merged[target], mention, hit.Entry.IsNoun);
        }
        else if (hit.Strong && !(rules.On(EventRule.QuotedNotEvent) && hit.InSpeech && !hit.Anaphoric))
        {
            merged.Add(mention);
        }
    }

    private static int FindTarget(List<EventMention> merged, TriggerHit hit, EventMention mention, int window, string text)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        var head = hit.Anaphoric && text.Length > 0 ? Head(text, hit.Span) : null;
        for (var m = merged.Count - 1; m >= 0; m--)
        {
            var earlier = merged[m];
            // "will be deported again" is a later act, not more of one already reported.
            if (earlier.Type == mention.Type && earlier.Kind == mention.Kind
                && (earlier.Modality == EventModality.Planned) == (mention.Modality == EventModality.Planned)
                && !Conflicts(earlier.Date, mention.Date) && !PlacesConflict(earlier, mention)
                && !(earlier.MonthDay is { } a && mention.MonthDay is { } b && a != b)
                && !earlier.SentenceIndexes.Contains(hit.Sentence)
                && (hit.Anaphoric || hit.InSpeech || hit.PronounSubject || earlier.Fatalities is null || mention.Fatalities is null || earlier.Fatalities == mention.Fatalities)
                && (long)hit.Sentence - earlier.SentenceIndexes[^1] <= window)
            {
                if (head is null)
                {
                    return m;
                }

                // "the siege" refers to the mention whose opening sentence says "siege" nearest its trigger
                // (lexical repetition is the commonest cue of nominal anaphora; Halliday and Hasan 1976).
                var distance = HeadDistance(text, earlier, head);
                if (best < 0 || distance < bestDistance)
                {
                    best = m;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    // The anaphor's noun without a plural ending: "strikes" → "strike".
    private static string Head(string text, TextSpan trigger)
    {
        var word = trigger.Of(text).ToString().ToLowerInvariant();
        var space = word.LastIndexOf(' ');
        word = space >= 0 ? word[(space + 1)..] : word;
        return word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;
    }

    // Characters between the mention's trigger and the nearest use of the head word in its opening sentence; int.MaxValue when absent.
    private static int HeadDistance(string text, EventMention earlier, string head)
    {
        var sentence = earlier.Span.Of(text);
        var best = int.MaxValue;
        for (var at = sentence.IndexOf(head, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var position = earlier.Span.Start + at;
            var distance = position >= earlier.Trigger.End ? position - earlier.Trigger.End : Math.Max(0, earlier.Trigger.Start - position);
            best = Math.Min(best, distance);
            var next = sentence[(at + head.Length)..].IndexOf(head, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + head.Length + next;
        }

        return best;
    }

    // The same type, date and place told again ("since the attack on Venezuela in January" … "In January, the U.S.
    // attacked Venezuela"): one event, whatever the distance.
    // The same death toll told again ("later killed at least 50 militants in airstrikes" … "Airstrikes kill 50
    // militants") is the same event when nothing conflicts; small tolls (one, two) recur too often to tell.
    // Two acts the scanner kept apart in one sentence ("deported 173 to Turkey in 2015 but sent 109 back to China")
    // stay apart even when their date and place agree.
    private static int SameEvent(List<EventMention> merged, EventMention mention, int sentence)
    {
        var sameTimeAndPlace = mention.Date is null || mention.Place is null
            ? -1
            : merged.FindLastIndex(m => m.Type == mention.Type && m.Kind == mention.Kind && m.Date == mention.Date && m.Place?.Name == mention.Place.Name
                && !(m.Mode is { } a && mention.Mode is { } b && a != b) && !m.SentenceIndexes.Contains(sentence));
        return sameTimeAndPlace >= 0 || mention.Fatalities is not { Min: >= MinTellingToll } toll
            ? sameTimeAndPlace
            : merged.FindLastIndex(m => m.Type == mention.Type && m.Kind == mention.Kind && m.Fatalities == toll
                && !Conflicts(m.Date, mention.Date) && !PlacesConflict(m, mention) && !m.SentenceIndexes.Contains(sentence));
    }

    private const int MinTellingToll = 3;

    // Dates a day apart do not conflict: a siege that began on Tuesday and ended early on Wednesday.
    private static bool Conflicts(DateInterval? a, DateInterval? b) =>
        a is DateInterval x && b is DateInterval y && (x.To.DayNumber + 1 < y.From.DayNumber || y.To.DayNumber + 1 < x.From.DayNumber);

    private static bool PlacesConflict(EventMention a, EventMention b) =>
        a.Place is { } x && b.Place is { } y && x.Country != y.Country;

    private static EventMention Join(EventMention earlier, EventMention later, bool laterIsNoun)
    {
        var place = earlier.Place;
        if (later.Place is { } lp && (place is null || (lp.Precision < place.Precision && lp.Country == place.Country)))
        {
            place = lp;
        }

        return earlier with
        {
            Actors = Fill(earlier.Actors, later.Actors, earlier.Recipients),
            Recipients = Fill(earlier.Recipients, later.Recipients, earlier.Actors),
            Date = earlier.Date ?? later.Date,
            MonthDay = earlier.Date is null && later.Date is null ? earlier.MonthDay ?? later.MonthDay : null,
            Place = place,
            // A nominal designation names the means ("the airstrikes"); a verb in a quote ("we destroyed") does not.
            Mode = earlier.Mode ?? (laterIsNoun ? later.Mode : null),
            Fatalities = earlier.Fatalities ?? later.Fatalities,
            Injuries = earlier.Injuries ?? later.Injuries,
            Arrests = earlier.Arrests ?? later.Arrests,
            Modality = earlier.Modality == EventModality.Asserted ? later.Modality : earlier.Modality,
            SentenceIndexes = [.. earlier.SentenceIndexes.Union(later.SentenceIndexes).Order()],
        };
    }

    // The sentence that opens a report names its participants; a later sentence only fills a role left empty
    // (later sentences bring in speakers, officials and bystanders far more often than new participants), and
    // never puts a participant in both roles.
    private static IReadOnlyList<ActorMention> Fill(IReadOnlyList<ActorMention> role, IReadOnlyList<ActorMention> later, IReadOnlyList<ActorMention> other) =>
        role.Count > 0 ? role
            : [.. Union([], later).Where(a => !other.Any(o => string.Equals(o.Name, a.Name, StringComparison.OrdinalIgnoreCase)))];

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