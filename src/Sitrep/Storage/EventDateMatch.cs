namespace Sitrep.Storage;

/// <summary>How <see cref="EventQuery.Since"/> and <see cref="EventQuery.Until"/> select an event's date range.</summary>
public enum EventDateMatch
{
    /// <summary>The event's range overlaps [since, until]: an aggregate running 2009–2025 matches since 2025-12-01.</summary>
    Overlaps,

    /// <summary>The event's whole range lies within [since, until]: only what happened inside the window.</summary>
    Within,
}