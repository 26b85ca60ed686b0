namespace Sitrep.Quantities;

/// <summary>The JSON names of <see cref="QuantitySemantics"/> values in the "quantities" layer.</summary>
public static class QuantitySemanticsNames
{
    /// <summary>"none", "fatalities", "injuries", "arrests" or "abductions".</summary>
    public static string ToJsonName(this QuantitySemantics semantics) => semantics switch
    {
        QuantitySemantics.None => "none",
        QuantitySemantics.Fatalities => "fatalities",
        QuantitySemantics.Injuries => "injuries",
        QuantitySemantics.Arrests => "arrests",
        QuantitySemantics.Abductions => "abductions",
        _ => throw new ArgumentOutOfRangeException(nameof(semantics), semantics, "Unknown semantics."),
    };
}