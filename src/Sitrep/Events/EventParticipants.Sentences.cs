using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Events;

internal sealed partial class EventParticipants
{
    private readonly Dictionary<int, List<ActorMention>> bySentence = [];
    private int[]? byStart;

    // The actors inside a sentence, in the document's order, found once per sentence by binary search over the actors
    // sorted by start: each trigger reads its sentence's few actors, not the whole document's (long articles hold
    // thousands of actor candidates and hundreds of triggers).
    private List<ActorMention> InSentence(Sentence sentence)
    {
        if (bySentence.TryGetValue(sentence.Span.Start, out var cached))
        {
            return cached;
        }

        byStart ??= [.. Enumerable.Range(0, actors.Count).OrderBy(i => actors[i].Span.Start).ThenBy(i => i)];
        int lo = 0, hi = byStart.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (actors[byStart[mid]].Span.Start < sentence.Span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var inside = new List<int>();
        for (var i = lo; i < byStart.Length && actors[byStart[i]].Span.Start < sentence.Span.End; i++)
        {
            if (sentence.Span.Contains(actors[byStart[i]].Span))
            {
                inside.Add(byStart[i]);
            }
        }

        inside.Sort();
        return bySentence[sentence.Span.Start] = inside.ConvertAll(i => actors[i]);
    }
}