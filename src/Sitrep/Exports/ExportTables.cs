namespace Sitrep.Exports;

/// <summary>The read-only tables the exports need, loaded once and passed to the writers.</summary>
/// <param name="AcledTypes">PLOVER → ACLED types.</param>
/// <param name="Countries">ISO 3166-1 names and numeric codes.</param>
public sealed record ExportTables(AcledTypeMap AcledTypes, CountryTable Countries)
{
    /// <summary>Loads the compiled-in tables.</summary>
    public static ExportTables LoadDefault() => new(AcledTypeMap.LoadDefault(), CountryTable.LoadDefault());
}