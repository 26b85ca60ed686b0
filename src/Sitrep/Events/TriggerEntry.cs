namespace Sitrep.Events;

/// <summary>One row of the trigger lexicon: lemmas, PLOVER type and mode, behaviour and source.</summary>
/// <param name="Lemmas">One to three lemmas that must follow one another.</param>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The PLOVER mode, or null.</param>
/// <param name="Flags">How the trigger behaves.</param>
/// <param name="Source">Where the row comes from (CAMEO code, PLOVER codebook row, curated).</param>
internal sealed record TriggerEntry(IReadOnlyList<string> Lemmas, PloverType Type, string? Mode, TriggerFlags Flags, string Source)
{
    /// <summary>True for a nominalisation.</summary>
    public bool IsNoun => (Flags & TriggerFlags.Noun) != 0;

    /// <summary>True for a trigger that needs a continuation or a modifier.</summary>
    public bool IsWeak => (Flags & TriggerFlags.Weak) != 0;
}