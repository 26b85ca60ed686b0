namespace Sitrep.Evaluation;

/// <summary>
/// One thing the system got wrong, so a developer can see why a score is what it is (EVALUATION.md, misses).
/// <paramref name="Field"/> is <c>mention</c> (a gold mention not found), <c>spurious</c> (a predicted mention matching no gold),
/// <c>cluster</c> (a gold event split over, or merged with another in, predicted events), <c>aggregate</c> (an aggregate merged
/// with an incident), or the field of an aligned event that differs: <c>kind</c>, <c>type</c>, <c>mode</c>, <c>date</c>,
/// <c>place.country</c>, <c>place.admin1</c>, <c>place.name</c>, <c>actors</c>, <c>recipients</c>, <c>fatalities</c>.
/// </summary>
/// <param name="Article">The article id.</param>
/// <param name="Evidence">The gold evidence string (or the predicted evidence text for a spurious mention).</param>
/// <param name="Field">What was wrong.</param>
/// <param name="Gold">What gold says ("null" for a null field, "nothing" for a spurious mention).</param>
/// <param name="Predicted">What was predicted instead ("null", or "nothing" when no prediction touched the sentence).</param>
public sealed record EvaluationMiss(string Article, string Evidence, string Field, string Gold, string Predicted);