using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Time;

namespace Sitrep.Clustering;

/// <summary>
/// One real-world event as Sitrep believes it happened, fused from every mention of it, each field with provenance.
/// </summary>
/// <param name="Id">Stable id (<see cref="StableEventId"/>).</param>
/// <param name="Kind">Incident or aggregate (never mixed within one event).</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="Mode">PLOVER mode, or null.</param>
/// <param name="Modality">Asserted, claimed, alleged, planned or denied.</param>
/// <param name="Date">When; null when no source gives a date (a year-less month-day gets its year from cluster mates).</param>
/// <param name="Place">Where, or null.</param>
/// <param name="Actors">Who acted, each with the mentions naming it.</param>
/// <param name="Recipients">Who was acted upon.</param>
/// <param name="Fatalities">Killed (ACLED's conservative figure, the reported range kept).</param>
/// <param name="Injuries">Injured.</param>
/// <param name="Arrests">Arrested.</param>
/// <param name="Sources">Every article reporting the event, syndicated copies included and flagged.</param>
/// <param name="IndependentSources">Sources counted with syndicated copies counted once.</param>
/// <param name="MentionIds">Every mention of the event, in canonical order.</param>
public sealed record FusedEvent(
    string Id,
    EventKind Kind,
    FusedValue<PloverType> Type,
    FusedValue<string?> Mode,
    FusedValue<EventModality> Modality,
    FusedValue<DateInterval?> Date,
    FusedValue<Place?> Place,
    IReadOnlyList<FusedActor> Actors,
    IReadOnlyList<FusedActor> Recipients,
    FusedCount Fatalities,
    FusedCount Injuries,
    FusedCount Arrests,
    IReadOnlyList<EventSource> Sources,
    int IndependentSources,
    IReadOnlyList<string> MentionIds)
{
    /// <summary>Field by field, the lists element by element: an unchanged re-fusion equals the stored event.</summary>
    public bool Equals(FusedEvent? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Type == other.Type && Mode == other.Mode
        && Modality == other.Modality && Date == other.Date && Place == other.Place
        && ValueLists.Equal(Actors, other.Actors) && ValueLists.Equal(Recipients, other.Recipients)
        && Fatalities == other.Fatalities && Injuries == other.Injuries && Arrests == other.Arrests
        && ValueLists.Equal(Sources, other.Sources) && IndependentSources == other.IndependentSources
        && ValueLists.Equal(MentionIds, other.MentionIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Type, Date, Place, ValueLists.Hash(MentionIds));
}