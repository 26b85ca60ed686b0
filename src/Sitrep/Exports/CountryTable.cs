using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Exports;

/// <summary>ISO 3166-1 countries by alpha-2 code: the numeric code and English name ACLED's columns use (data/exports/countries.tsv).</summary>
public sealed class CountryTable
{
    private const string ResourceName = "Sitrep.Exports.countries.tsv";

    private readonly FrozenDictionary<string, (int Numeric, string Name)> rows;

    private CountryTable(FrozenDictionary<string, (int Numeric, string Name)> rows) => this.rows = rows;

    /// <summary>Number of countries.</summary>
    public int Count => rows.Count;

    /// <summary>Loads the compiled-in table.</summary>
    public static CountryTable LoadDefault()
    {
        var rows = new Dictionary<string, (int, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var cells in ExportResources.Rows(ExportResources.Read(ResourceName)))
        {
            rows[cells[0]] = (int.Parse(cells[1], CultureInfo.InvariantCulture), cells[2]);
        }

        return new CountryTable(rows.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Every alpha-2 code of the table.</summary>
    public IEnumerable<string> Codes => rows.Keys;

    /// <summary>True when <paramref name="alpha2"/> is in the table (case ignored).</summary>
    public bool Contains(string alpha2) => rows.ContainsKey(alpha2);

    /// <summary>The English name of <paramref name="alpha2"/> ("Ecuador"), or the code itself when unknown.</summary>
    public string NameOf(string alpha2) => rows.TryGetValue(alpha2, out var row) ? row.Name : alpha2;

    /// <summary>The ISO 3166-1 numeric code (218 for EC), or null when unknown.</summary>
    public int? NumericOf(string alpha2) => rows.TryGetValue(alpha2, out var row) ? row.Numeric : null;
}