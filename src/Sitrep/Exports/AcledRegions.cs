using System.Collections.Frozen;

namespace Sitrep.Exports;

/// <summary>
/// ISO 3166-1 alpha-2 → ACLED region (data/exports/acled-regions.tsv, derived from UN M49; SOURCES.md gives the
/// mapping of M49 areas to ACLED's region names and the countries ACLED places elsewhere).
/// </summary>
public sealed class AcledRegions
{
    /// <summary>ACLED's region names, as its API lists them (ACLED API user guide, "Regions").</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia",
        "Southeast Asia", "Middle East", "Europe", "Caucasus and Central Asia", "Central America", "South America",
        "Caribbean", "East Asia", "North America", "Oceania", "Antarctica",
    };

    private const string ResourceName = "Sitrep.Exports.acled-regions.tsv";

    private readonly FrozenDictionary<string, string> regions;

    private AcledRegions(FrozenDictionary<string, string> regions) => this.regions = regions;

    /// <summary>Number of countries with a region.</summary>
    public int Count => regions.Count;

    /// <summary>Loads the compiled-in table.</summary>
    public static AcledRegions LoadDefault() => Parse(ExportResources.Read(ResourceName), "acled-regions.tsv");

    /// <summary>Reads a table of rows "alpha2 TAB region TAB why"; a row with an unknown region name is an error.</summary>
    public static AcledRegions Parse(string tsv, string fileName)
    {
        var regions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cells in ExportResources.Rows(tsv))
        {
            if (cells.Length < 2 || cells[0].Length != 2 || !Names.Contains(cells[1]))
            {
                throw new FormatException($"{fileName}: row '{string.Join('\t', cells)}' is not 'alpha2 TAB region' with one of ACLED's regions ({string.Join(", ", Names)}).");
            }

            regions[cells[0]] = cells[1];
        }

        return new AcledRegions(regions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The ACLED region of <paramref name="alpha2"/> ("South America" for EC), or "" when unknown.</summary>
    public string Of(string alpha2) => regions.TryGetValue(alpha2, out var region) ? region : "";
}