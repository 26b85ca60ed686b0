namespace Sitrep.Evaluation;

/// <summary>
/// EVALUATION.md rule 2: each predicted event is aligned to the gold event with which it shares most matched mentions
/// (ties go to the gold event listed first); a predicted event with no matched mention is aligned to nothing.
/// When several predicted events align to one gold event (a split), the one sharing most mentions with it
/// (ties: listed first) is its <see cref="Representative"/>, the only one whose fields are scored against it.
/// </summary>
internal sealed class EventAlignment
{
    private EventAlignment(int[] predictedToGold, int[] shared, int[] representative)
    {
        PredictedToGold = predictedToGold;
        Shared = shared;
        Representative = representative;
    }

    /// <summary>For each predicted event, the aligned gold event index or −1.</summary>
    public int[] PredictedToGold { get; }

    /// <summary>For each predicted event, how many matched mentions it shares with its aligned gold event.</summary>
    public int[] Shared { get; }

    /// <summary>For each gold event, the predicted event whose fields are scored against it, or −1.</summary>
    public int[] Representative { get; }

    public static EventAlignment Align(MentionMatching matching, int goldEvents, int predictedEvents)
    {
        var counts = new Dictionary<int, int>[predictedEvents];
        for (var p = 0; p < matching.Predicted.Count; p++)
        {
            var g = matching.PredictedToGold[p];
            if (g < 0)
            {
                continue;
            }

            var predictedEvent = matching.Predicted[p].EventIndex;
            var goldEvent = matching.Gold[g].EventIndex;
            counts[predictedEvent] ??= [];
            counts[predictedEvent][goldEvent] = counts[predictedEvent].GetValueOrDefault(goldEvent) + 1;
        }

        var predictedToGold = Enumerable.Repeat(-1, predictedEvents).ToArray();
        var shared = new int[predictedEvents];
        for (var e = 0; e < predictedEvents; e++)
        {
            if (counts[e] is null)
            {
                continue;
            }

            foreach (var (goldEvent, count) in counts[e])
            {
                if (count > shared[e] || (count == shared[e] && goldEvent < predictedToGold[e]))
                {
                    predictedToGold[e] = goldEvent;
                    shared[e] = count;
                }
            }
        }

        var representative = Enumerable.Repeat(-1, goldEvents).ToArray();
        for (var e = 0; e < predictedEvents; e++)
        {
            var g = predictedToGold[e];
            if (g >= 0 && (representative[g] < 0 || shared[e] > shared[representative[g]]))
            {
                representative[g] = e;
            }
        }

        return new EventAlignment(predictedToGold, shared, representative);
    }
}