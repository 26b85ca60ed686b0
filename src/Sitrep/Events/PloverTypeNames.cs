namespace Sitrep.Events;

/// <summary>The upper-case PLOVER names of <see cref="PloverType"/> ("ASSAULT") and the JSON names of kinds and modalities.</summary>
public static class PloverTypeNames
{
    /// <summary>"ASSAULT" for <see cref="PloverType.Assault"/>.</summary>
    public static string NameOf(PloverType type) => type.ToString().ToUpperInvariant();

    /// <summary>Parses a PLOVER name, case ignored.</summary>
    public static bool TryParse(string name, out PloverType type) =>
        Enum.TryParse(name, ignoreCase: true, out type) && Enum.IsDefined(type);

    /// <summary>"incident" or "aggregate".</summary>
    public static string NameOf(EventKind kind) => kind == EventKind.Aggregate ? "aggregate" : "incident";

    /// <summary>"asserted", "claimed", …</summary>
    public static string NameOf(EventModality modality) => modality.ToString().ToLowerInvariant();
}