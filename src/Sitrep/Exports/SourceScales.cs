using System.Collections.Frozen;

namespace Sitrep.Exports;

/// <summary>
/// Outlet name → ACLED source scale (data/exports/outlet-scales.tsv, ACLED Codebook 2023, "Source scale"), and the
/// scale of an event's sources together.
/// </summary>
public sealed class SourceScales
{
    /// <summary>ACLED's scales, from the narrowest reach to the widest, then the kinds that are not a reach.</summary>
    public static IReadOnlyList<string> Names => Order;

    private static readonly string[] Order = ["Local", "Subnational", "National", "Regional", "International", "New media", "Other"];

    private const string ResourceName = "Sitrep.Exports.outlet-scales.tsv";

    private readonly FrozenDictionary<string, string> scales;

    private SourceScales(FrozenDictionary<string, string> scales) => this.scales = scales;

    /// <summary>Loads the compiled-in table.</summary>
    public static SourceScales LoadDefault() => Parse(ExportResources.Read(ResourceName), "outlet-scales.tsv");

    /// <summary>Reads a table of rows "outlet TAB scale TAB why"; a row with a scale ACLED does not use is an error.</summary>
    public static SourceScales Parse(string tsv, string fileName)
    {
        var scales = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cells in ExportResources.Rows(tsv))
        {
            if (cells.Length < 2 || cells[0].Trim().Length == 0 || !Names.Contains(cells[1]))
            {
                throw new FormatException($"{fileName}: row '{string.Join('\t', cells)}' is not 'outlet TAB scale' with one of ACLED's scales ({string.Join(", ", Names)}).");
            }

            scales[cells[0].Trim()] = cells[1];
        }

        return new SourceScales(scales.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The scale of one outlet, or null when the table does not know it.</summary>
    public string? Of(string? outlet) => outlet is not null && scales.TryGetValue(outlet.Trim(), out var scale) ? scale : null;

    /// <summary>
    /// The scale of several outlets as ACLED writes a mix ("National-International"): the known scales, each once,
    /// narrowest first, joined by '-'; "" when no outlet's scale is known. An unknown outlet adds nothing.
    /// </summary>
    public string Combined(IEnumerable<string?> outlets) => string.Join('-', outlets
        .Select(Of)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .OrderBy(s => Array.IndexOf(Order, s)));
}