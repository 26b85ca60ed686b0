namespace Sitrep.Events;

/// <summary>
/// One coded sentence of the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt, Open Event Data Alliance,
/// CC BY-SA 4.0): its id, its text and its event type mapped to the current 16 PLOVER types.
/// </summary>
/// <param name="Id">The record id ("PLOVER-GSR01-AGREE-0001").</param>
/// <param name="Text">The sentence.</param>
/// <param name="Type">The event type, mapped to current PLOVER (<see cref="PloverGoldReader"/>).</param>
/// <param name="Label">The label as the file gives it ("DISAPPROVE", "FIGHT").</param>
public sealed record PloverGoldRecord(string Id, string Text, PloverType Type, string Label);