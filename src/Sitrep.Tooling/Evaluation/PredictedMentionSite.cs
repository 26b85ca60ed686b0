namespace Sitrep.Evaluation;

/// <summary>A predicted mention with the index of the predicted event (cluster) it belongs to.</summary>
internal sealed record PredictedMentionSite(int EventIndex, PredictedMention Mention);