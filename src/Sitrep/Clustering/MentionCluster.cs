namespace Sitrep.Clustering;

/// <summary>A cluster of mentions that report one event, with the event's stable id.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Mentions">The mentions, in canonical order.</param>
public sealed record MentionCluster(string EventId, IReadOnlyList<MentionRecord> Mentions);