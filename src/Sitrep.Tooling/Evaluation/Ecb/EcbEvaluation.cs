namespace Sitrep.Evaluation.Ecb;

/// <summary>The document clustering scores of every method on ECB+.</summary>
/// <param name="Topics">How many topics were scored.</param>
/// <param name="Documents">How many documents the scored topics hold.</param>
/// <param name="GoldEvents">How many gold events (topic and sub-topic pairs) the scored documents report.</param>
/// <param name="TuningTopics">The topics thresholds were chosen on (ECB+'s development topics, when read).</param>
/// <param name="Methods">One score per method and cut, in a fixed order.</param>
/// <param name="SitrepSkipped">Why Sitrep's method did not run, or null when it did.</param>
/// <param name="Coverage">What Sitrep's analysis found in the scored topics, or null when it did not run.</param>
/// <param name="Elapsed">Wall time of the whole evaluation (not counting reading the corpus and loading resources).</param>
public sealed record EcbEvaluation(
    int Topics,
    int Documents,
    int GoldEvents,
    IReadOnlyList<string> TuningTopics,
    IReadOnlyList<EcbMethodScore> Methods,
    string? SitrepSkipped,
    SitrepCoverage? Coverage,
    TimeSpan Elapsed);