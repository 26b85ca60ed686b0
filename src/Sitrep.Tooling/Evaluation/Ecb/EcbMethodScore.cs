namespace Sitrep.Evaluation.Ecb;

/// <summary>One method's document clustering, cut one way, over the whole run.</summary>
/// <param name="Method">"tfidf", "sitrep" or "one-per-topic".</param>
/// <param name="Cut">How the dendrogram was cut: "silhouette", "dev-threshold" or "none".</param>
/// <param name="Threshold">The similarity threshold of a "dev-threshold" cut, else null.</param>
/// <param name="BCubed">B³ over every document of every scored topic (micro-average: each document weighs the same).</param>
/// <param name="HeldOutBCubed">B³ over the scored topics that were not used to choose a threshold.</param>
/// <param name="PredictedEvents">How many groups the method made, over all scored topics.</param>
/// <param name="Elapsed">Time the method took over every topic it ran on (for Sitrep: analysis, mention records and clustering).</param>
/// <param name="Topics">Per scored topic, in topic order.</param>
public sealed record EcbMethodScore(
    string Method,
    string Cut,
    double? Threshold,
    PrecisionRecall BCubed,
    PrecisionRecall HeldOutBCubed,
    int PredictedEvents,
    TimeSpan Elapsed,
    IReadOnlyList<EcbTopicScore> Topics);