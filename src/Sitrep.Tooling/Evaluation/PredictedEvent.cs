namespace Sitrep.Evaluation;

/// <summary>
/// An event the system predicted, as the scorer sees it: independent of the pipeline's own event model,
/// which the caller maps into this shape. A null field means the system made no claim.
/// </summary>
/// <param name="Id">A unique id, shown in the misses.</param>
/// <param name="Kind"><c>incident</c> or <c>aggregate</c>.</param>
/// <param name="Type">The PLOVER type (ASSAULT, COERCE, …), or null.</param>
/// <param name="Mode">The PLOVER mode (aerial, arrest, …), or null.</param>
/// <param name="Date">The interval the event happened in, or null when the system found no date.</param>
/// <param name="Place">Where it happened, or null.</param>
/// <param name="Actors">Who acted.</param>
/// <param name="Recipients">Who was acted upon.</param>
/// <param name="Fatalities">The fatality count range, or null when the system found none.</param>
/// <param name="Mentions">The reports of this event, one per article (the predicted cluster).</param>
public sealed record PredictedEvent(
    string Id,
    string Kind,
    string? Type,
    string? Mode,
    EvalDate? Date,
    EvalPlace? Place,
    IReadOnlyList<PredictedActor> Actors,
    IReadOnlyList<PredictedActor> Recipients,
    EvalCount? Fatalities,
    IReadOnlyList<PredictedMention> Mentions)
{
    /// <summary>True when <see cref="Kind"/> is <c>aggregate</c> (case ignored).</summary>
    public bool IsAggregate => string.Equals(Kind, GoldEvent.AggregateKind, StringComparison.OrdinalIgnoreCase);
}