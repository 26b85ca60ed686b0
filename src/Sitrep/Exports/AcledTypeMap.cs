using System.Collections.Frozen;
using Sitrep.Events;

namespace Sitrep.Exports;

/// <summary>
/// PLOVER type and mode → ACLED event type and sub-event type (data/exports/plover-acled.tsv, compiled in; each row
/// cites the ACLED codebook). A mode without its own row falls back to the type's '*' row.
/// </summary>
public sealed class AcledTypeMap
{
    private const string ResourceName = "Sitrep.Exports.plover-acled.tsv";
    private const string AnyMode = "*";

    private readonly FrozenDictionary<(PloverType Type, string Mode), AcledType> rows;

    private AcledTypeMap(FrozenDictionary<(PloverType Type, string Mode), AcledType> rows) => this.rows = rows;

    /// <summary>Number of rows.</summary>
    public int Count => rows.Count;

    /// <summary>Loads the compiled-in table.</summary>
    public static AcledTypeMap LoadDefault() => Parse(ExportResources.Read(ResourceName));

    /// <summary>Parses rows of <c>type TAB mode TAB event_type TAB sub_event_type TAB why</c>; '#' starts a comment line.</summary>
    public static AcledTypeMap Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var rows = new Dictionary<(PloverType, string), AcledType>();
        foreach (var cells in ExportResources.Rows(tsv))
        {
            if (cells.Length < 4 || !PloverTypeNames.TryParse(cells[0], out var type))
            {
                throw new FormatException($"plover-acled.tsv: malformed row '{string.Join('\t', cells)}'.");
            }

            rows[(type, cells[1])] = new AcledType(cells[2], cells[3]);
        }

        foreach (var type in Enum.GetValues<PloverType>())
        {
            if (!rows.ContainsKey((type, AnyMode)))
            {
                throw new FormatException($"plover-acled.tsv: no '*' row for {PloverTypeNames.NameOf(type)}.");
            }
        }

        return new AcledTypeMap(rows.ToFrozenDictionary());
    }

    /// <summary>The ACLED type of a PLOVER <paramref name="type"/> with <paramref name="mode"/> (null for none).</summary>
    public AcledType Map(PloverType type, string? mode) =>
        mode is not null && rows.TryGetValue((type, mode), out var exact) ? exact : rows[(type, AnyMode)];
}