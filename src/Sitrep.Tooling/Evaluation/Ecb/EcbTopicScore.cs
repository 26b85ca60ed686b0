namespace Sitrep.Evaluation.Ecb;

/// <summary>One method's clustering of one topic's documents.</summary>
/// <param name="Topic">The topic number.</param>
/// <param name="Documents">How many documents the topic has.</param>
/// <param name="PredictedEvents">How many groups the method made.</param>
/// <param name="BCubed">B³ over the topic's documents.</param>
public sealed record EcbTopicScore(string Topic, int Documents, int PredictedEvents, PrecisionRecall BCubed);