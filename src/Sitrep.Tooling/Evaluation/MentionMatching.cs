namespace Sitrep.Evaluation;

/// <summary>The one-to-one matching of predicted to gold mentions: index −1 means unmatched.</summary>
internal sealed record MentionMatching(
    IReadOnlyList<GoldMentionSite> Gold,
    IReadOnlyList<PredictedMentionSite> Predicted,
    int[] GoldToPredicted,
    int[] PredictedToGold)
{
    public int Matched => GoldToPredicted.Count(p => p >= 0);
}