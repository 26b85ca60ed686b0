namespace Sitrep.Evaluation;

/// <summary>
/// B-cubed clustering scores (Bagga and Baldwin 1998) over matched mentions only, with gold event ids as classes
/// (EVALUATION.md). Each matched pair is one item: its predicted cluster is its predicted event, its class the gold
/// event of the gold mention. For each item, precision = |cluster ∩ class| / |cluster| and recall =
/// |cluster ∩ class| / |class|, both counted over matched items only; the scores are the means over items.
/// Unmatched mentions are left out on both sides: missing and spurious mentions are already charged to mention
/// recall and precision, and B³ judges only the grouping of what was found. No matched mention gives 0.
/// </summary>
internal static class BCubed
{
    public static PrecisionRecall Score(MentionMatching matching)
    {
        var items = new List<(int Cluster, int Class)>();
        for (var g = 0; g < matching.Gold.Count; g++)
        {
            var p = matching.GoldToPredicted[g];
            if (p >= 0)
            {
                items.Add((matching.Predicted[p].EventIndex, matching.Gold[g].EventIndex));
            }
        }

        return Score(items);
    }

    /// <summary>B³ over items given as (predicted cluster, gold class) pairs; no item gives 0.</summary>
    public static PrecisionRecall Score(IReadOnlyCollection<(int Cluster, int Class)> items)
    {
        if (items.Count == 0)
        {
            return new PrecisionRecall(0, 0);
        }

        var clusterSize = items.CountBy(i => i.Cluster).ToDictionary();
        var classSize = items.CountBy(i => i.Class).ToDictionary();
        var both = items.CountBy(i => i).ToDictionary();
        double precision = 0, recall = 0;
        foreach (var item in items)
        {
            precision += (double)both[item] / clusterSize[item.Cluster];
            recall += (double)both[item] / classSize[item.Class];
        }

        return new PrecisionRecall(precision / items.Count, recall / items.Count);
    }
}