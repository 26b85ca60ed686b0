namespace Sitrep.Evaluation;

/// <summary>
/// One event of gold.json (EVALUATION.md, "gold.json"). Where a careful coder could go either way, <paramref name="Types"/>
/// and <paramref name="Modes"/> hold every acceptable answer; <paramref name="Modes"/> is empty when gold gives no mode
/// (mode is then not scored). Null <paramref name="Date"/>, <paramref name="Place"/> or <paramref name="Fatalities"/>
/// means the text gives no clue, and only a null prediction matches it.
/// </summary>
/// <param name="Id">The gold event id, unique in the file.</param>
/// <param name="Kind"><see cref="IncidentKind"/> or <see cref="AggregateKind"/>.</param>
/// <param name="Types">Acceptable PLOVER types, upper case, at least one.</param>
/// <param name="Modes">Acceptable PLOVER modes, lower case; empty when not given.</param>
/// <param name="Date">The interval, or null when the text gives no clue.</param>
/// <param name="Place">The place, or null when unknown.</param>
/// <param name="Actors">Who acted.</param>
/// <param name="Recipients">Who was acted upon.</param>
/// <param name="Fatalities">The count range, or null when the text gives none.</param>
/// <param name="Mentions">The reports of this event, at least one.</param>
public sealed record GoldEvent(
    string Id,
    string Kind,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Modes,
    EvalDate? Date,
    EvalPlace? Place,
    IReadOnlyList<GoldParticipant> Actors,
    IReadOnlyList<GoldParticipant> Recipients,
    EvalCount? Fatalities,
    IReadOnlyList<GoldMention> Mentions)
{
    /// <summary>The kind of one occurrence that can be dated and placed (statements included).</summary>
    public const string IncidentKind = "incident";

    /// <summary>The kind of a campaign or period summary, scored only for detection.</summary>
    public const string AggregateKind = "aggregate";

    /// <summary>True for an aggregate.</summary>
    public bool IsAggregate => Kind == AggregateKind;
}