namespace Sitrep.Exports;

/// <summary>An ACLED event type and sub-event type ("Explosions/Remote violence", "Air/drone strike").</summary>
/// <param name="EventType">ACLED's event_type; empty when the table gives none (an ASSAULT without a mode or target).</param>
/// <param name="SubEventType">ACLED's sub_event_type; empty with the event type.</param>
/// <param name="InAcled">False for PLOVER types ACLED does not code (CONSULT, ACCUSE, …), kept in the export as Strategic developments / Other.</param>
public readonly record struct AcledType(string EventType, string SubEventType, bool InAcled = true)
{
    /// <summary>True when the row names an ACLED type ACLED itself would code.</summary>
    public bool IsAcledEvent => InAcled && EventType.Length > 0;
}