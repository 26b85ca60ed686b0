using Sitrep.Storage;

namespace Sitrep.Clustering;

/// <summary>An event that no longer exists after re-clustering.</summary>
/// <param name="EventId">Its id.</param>
/// <param name="SuccessorId">The event now holding its first mention, whose id an alias resolves the old one to; null when none does.</param>
public sealed record RemovedEvent(string EventId, string? SuccessorId);