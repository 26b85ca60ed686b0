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

    /// <summary>Parses rows of <c>type TAB mode TAB event_type TAB sub_event_type TAB in_acled TAB why</c>; '#' starts a comment line.</summary>
    public static AcledTypeMap Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var rows = new Dictionary<(PloverType, string), AcledType>();
        foreach (var cells in ExportResources.Rows(tsv))
        {
            if (cells.Length < 5 || !PloverTypeNames.TryParse(cells[0], out var type) || cells[4] is not ("yes" or "no"))
            {
                throw new FormatException($"plover-acled.tsv: malformed row '{string.Join('\t', cells)}'.");
            }

            rows[(type, cells[1])] = new AcledType(cells[2], cells[3], cells[4] == "yes");
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

    /// <summary>
    /// The type of a modeless event decided by its target: <paramref name="target"/> is "civilians" or "armed"
    /// (the table's '*civilians' and '*armed' rows); false when the table has no such row for <paramref name="type"/>.
    /// </summary>
    public bool TryMapByTarget(PloverType type, string target, out AcledType acled) => rows.TryGetValue((type, AnyMode + target), out acled);
}