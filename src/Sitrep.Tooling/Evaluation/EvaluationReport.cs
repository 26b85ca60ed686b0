namespace Sitrep.Evaluation;

/// <summary>
/// Every score of EVALUATION.md's table with the counts behind it, the misses and the warnings met while scoring.
/// Field accuracies (type, mode, date, place, fatalities) and actor F1 are over <see cref="AlignedEvents"/>: gold
/// incidents that some predicted event is aligned to, each scored once against its best-aligned prediction.
/// Aggregates are scored only for detection (mentions, B³, <see cref="AggregateErrors"/>). Any ratio with nothing to
/// count is 0. See docs/evaluation-scoring.md.
/// </summary>
public sealed record EvaluationReport
{
    /// <summary>The corpus name.</summary>
    public required string Corpus { get; init; }

    /// <summary>The number of articles in the corpus.</summary>
    public required int Articles { get; init; }

    /// <summary>The number of gold events (incidents and aggregates).</summary>
    public required int GoldEvents { get; init; }

    /// <summary>The number of predicted events.</summary>
    public required int PredictedEvents { get; init; }

    /// <summary>The number of gold mentions (one per event and article).</summary>
    public required int GoldMentions { get; init; }

    /// <summary>The number of predicted mentions.</summary>
    public required int PredictedMentions { get; init; }

    /// <summary>Matched pairs of a predicted and a gold mention (each side matched at most once).</summary>
    public required int MatchedMentions { get; init; }

    /// <summary>Mention precision (matched / predicted mentions) and recall (matched / gold mentions).</summary>
    public required PrecisionRecall Mention { get; init; }

    /// <summary>Gold incidents with an aligned prediction: the denominator of the field accuracies.</summary>
    public required int AlignedEvents { get; init; }

    /// <summary>Predicted type among the gold type's acceptable answers.</summary>
    public required EvaluationRatio Type { get; init; }

    /// <summary>Predicted mode among gold's modes, over aligned events whose gold gives a mode.</summary>
    public required EvaluationRatio Mode { get; init; }

    /// <summary>Predicted interval equal to gold's (null needs null).</summary>
    public required EvaluationRatio Date { get; init; }

    /// <summary>Predicted interval overlapping gold's (null needs null).</summary>
    public required EvaluationRatio DateOverlap { get; init; }

    /// <summary>Country equal, folded (null needs null).</summary>
    public required EvaluationRatio PlaceCountry { get; init; }

    /// <summary>Admin1 equal, folded (null needs null).</summary>
    public required EvaluationRatio PlaceAdmin1 { get; init; }

    /// <summary>Place name equal, folded (null needs null).</summary>
    public required EvaluationRatio PlaceName { get; init; }

    /// <summary>Participants matched (actors with actors, recipients with recipients), micro-averaged over aligned events.</summary>
    public required PrecisionRecall Actor { get; init; }

    /// <summary>Matched participants.</summary>
    public required int ActorsMatched { get; init; }

    /// <summary>Predicted participants of the aligned predictions.</summary>
    public required int ActorsPredicted { get; init; }

    /// <summary>Gold participants of the aligned gold events.</summary>
    public required int ActorsGold { get; init; }

    /// <summary>Predicted count range equal to gold's (null needs null).</summary>
    public required EvaluationRatio Fatalities { get; init; }

    /// <summary>B³ over matched mentions with gold event ids as classes.</summary>
    public required PrecisionRecall BCubed { get; init; }

    /// <summary><see cref="IncidentsMergedWithAggregates"/> + <see cref="AggregatesAsIncidents"/>.</summary>
    public int AggregateErrors => IncidentsMergedWithAggregates + AggregatesAsIncidents;

    /// <summary>Predicted events whose matched mentions include both a gold aggregate's and a gold incident's.</summary>
    public required int IncidentsMergedWithAggregates { get; init; }

    /// <summary>Gold aggregates whose best-aligned prediction is an incident.</summary>
    public required int AggregatesAsIncidents { get; init; }

    /// <summary>Everything that went wrong, mention misses first, then spurious mentions, then clustering and field errors.</summary>
    public required IReadOnlyList<EvaluationMiss> Misses { get; init; }

    /// <summary>Warnings met while scoring (a gold evidence string not found in its article's text).</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
}