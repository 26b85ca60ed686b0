namespace Sitrep.Events;

/// <summary>How the text presents the event.</summary>
public enum EventModality : byte
{
    /// <summary>Reported as fact.</summary>
    Asserted,

    /// <summary>Claimed by a party ("claimed responsibility").</summary>
    Claimed,

    /// <summary>Alleged ("allegedly", "alleged").</summary>
    Alleged,

    /// <summary>Announced for the future ("will", "plans to").</summary>
    Planned,

    /// <summary>Denied by a party.</summary>
    Denied,
}