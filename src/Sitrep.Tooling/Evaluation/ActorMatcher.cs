namespace Sitrep.Evaluation;

/// <summary>
/// Matches predicted participants to gold participants one to one (EVALUATION.md, <c>actors</c>): a predicted actor
/// matches a gold participant when its name or any alias equals any of the gold alternatives, case, diacritics,
/// punctuation and white space ignored. A maximum bipartite matching, so the count does not depend on list order.
/// </summary>
internal static class ActorMatcher
{
    /// <summary>For each gold participant, the index of the predicted actor matched to it, or −1.</summary>
    public static int[] Match(IReadOnlyList<GoldParticipant> gold, IReadOnlyList<PredictedActor> predicted)
    {
        var goldKeys = gold.Select(g => Keys(g.Names)).ToArray();
        var predictedKeys = predicted.Select(p => Keys([p.Name, .. p.Aliases])).ToArray();
        var fits = new bool[gold.Count, predicted.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                fits[g, p] = goldKeys[g].Overlaps(predictedKeys[p]);
            }
        }

        var goldToPredicted = Enumerable.Repeat(-1, gold.Count).ToArray();
        var predictedToGold = Enumerable.Repeat(-1, predicted.Count).ToArray();
        for (var g = 0; g < gold.Count; g++)
        {
            Augment(g, fits, goldToPredicted, predictedToGold, new bool[predicted.Count]);
        }

        return goldToPredicted;
    }

    // Kuhn's augmenting path: participant lists are a handful long, so O(V·E) is nothing.
    private static bool Augment(int g, bool[,] fits, int[] goldToPredicted, int[] predictedToGold, bool[] seen)
    {
        for (var p = 0; p < predictedToGold.Length; p++)
        {
            if (!fits[g, p] || seen[p])
            {
                continue;
            }

            seen[p] = true;
            if (predictedToGold[p] < 0 || Augment(predictedToGold[p], fits, goldToPredicted, predictedToGold, seen))
            {
                goldToPredicted[g] = p;
                predictedToGold[p] = g;
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Keys(IEnumerable<string> names) =>
        names.Select(n => ComparableName.Fold(n)!).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
}