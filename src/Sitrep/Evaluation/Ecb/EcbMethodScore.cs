namespace Sitrep.Evaluation.Ecb;

/// <summary>One method's document clustering over the whole run.</summary>
/// <param name="Method">"tfidf", "sitrep" or "one-per-topic".</param>
/// <param name="BCubed">B³ over every document of every topic (micro-average: each document weighs the same).</param>
/// <param name="PredictedEvents">How many groups the method made, over all topics.</param>
/// <param name="Elapsed">Time the method took (for Sitrep: analysis, mention records and clustering).</param>
/// <param name="Topics">Per topic, in topic order.</param>
public sealed record EcbMethodScore(string Method, PrecisionRecall BCubed, int PredictedEvents, TimeSpan Elapsed, IReadOnlyList<EcbTopicScore> Topics);
