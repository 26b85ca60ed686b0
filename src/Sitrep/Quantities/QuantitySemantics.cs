namespace Sitrep.Quantities;

/// <summary>What a count counts, as far as casualty coding cares (ACLED codes fatalities; injuries, arrests and abductions feed event modes).</summary>
public enum QuantitySemantics
{
    /// <summary>A count of something else: vessels, airstrikes, groups, people at a place, people released.</summary>
    None,

    /// <summary>People killed: killed, dead, died, bodies, lives, deaths, death toll.</summary>
    Fatalities,

    /// <summary>People injured: injured, wounded, hurt.</summary>
    Injuries,

    /// <summary>People arrested: arrested, detained, captured, apprehended, taken into custody.</summary>
    Arrests,

    /// <summary>People abducted: kidnapped, abducted, taken hostage (ACLED's "Abduction/forced disappearance").</summary>
    Abductions,
}