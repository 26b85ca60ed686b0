namespace Sitrep.Exports;

/// <summary>An ACLED event type and sub-event type ("Explosions/Remote violence", "Air/drone strike").</summary>
/// <param name="EventType">ACLED's event_type.</param>
/// <param name="SubEventType">ACLED's sub_event_type.</param>
public readonly record struct AcledType(string EventType, string SubEventType);