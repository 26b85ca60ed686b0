namespace Sitrep.Geo;

/// <summary>One loaded gazetteer row: the place it stands for plus what disambiguation needs.</summary>
/// <param name="Kind">Country, division, place, water, region or border.</param>
/// <param name="Place">The resolved place handed out for this row.</param>
/// <param name="Admin1Code">GeoNames "CC.ADM1" code of the division the row is in (or is), or null.</param>
/// <param name="FeatureCode">GeoNames feature code (PPLC capital, PPLA seat…); for a border, the other country.</param>
/// <param name="Population">People living there (a division or country: the sum of its places), 0 when unknown.</param>
internal sealed record GazetteerEntry(GazetteerEntryKind Kind, Place Place, string? Admin1Code, string FeatureCode, long Population)
{
    /// <summary>A national or provincial capital, which news uses for its government ("Quito announced").</summary>
    public bool IsSeatOfGovernment => FeatureCode is "PPLC" or "PPLA" or "PPLG";
}