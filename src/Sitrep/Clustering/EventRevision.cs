using Sitrep.Storage;

namespace Sitrep.Clustering;

/// <summary>One change to one fused field of an event, with when it happened and the article that caused it.</summary>
/// <param name="EventId">The event.</param>
/// <param name="At">When the change was stored.</param>
/// <param name="ArticleId">The article whose processing changed the field.</param>
/// <param name="Field">The field ("date", "place", "fatalities", "sources", "created", "merged", …).</param>
/// <param name="OldValue">The previous value as compact JSON, or null when the field was new.</param>
/// <param name="NewValue">The new value as compact JSON, or null when the event was absorbed into another.</param>
public sealed record EventRevision(string EventId, DateTimeOffset At, string ArticleId, string Field, string? OldValue, string? NewValue);