namespace Sitrep.Exports;

/// <summary>The read-only tables the exports need, loaded once and passed to the writers.</summary>
/// <param name="AcledTypes">PLOVER → ACLED types.</param>
/// <param name="Countries">ISO 3166-1 names and numeric codes.</param>
/// <param name="Inter">Actor sector → ACLED inter code.</param>
/// <param name="Disorder">ACLED type → disorder_type.</param>
/// <param name="Contexts">Actor sectors and modes → PLOVER contexts.</param>
/// <param name="Regions">Country → ACLED region.</param>
/// <param name="Scales">Outlet → ACLED source scale.</param>
public sealed record ExportTables(AcledTypeMap AcledTypes, CountryTable Countries, AcledInterCodes Inter, AcledDisorderTypes Disorder, PloverContexts Contexts, AcledRegions Regions, SourceScales Scales)
{
    /// <summary>Loads the compiled-in tables.</summary>
    public static ExportTables LoadDefault() => new(
        AcledTypeMap.LoadDefault(), CountryTable.LoadDefault(), AcledInterCodes.LoadDefault(), AcledDisorderTypes.LoadDefault(),
        PloverContexts.LoadDefault(), AcledRegions.LoadDefault(), SourceScales.LoadDefault());
}