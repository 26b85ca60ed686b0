using Sitrep.Actors;
using Sitrep.Clustering;

namespace Sitrep.Exports;

/// <summary>
/// The PLOVER contexts of an event that follow from its actors' sectors and its mode (data/exports/plover-contexts.tsv):
/// an event with a military actor has the "military" context, a chemical attack "cbrn". Sorted, without repeats.
/// </summary>
public sealed class PloverContexts
{
    private const string ResourceName = "Sitrep.Exports.plover-contexts.tsv";

    private readonly IReadOnlyList<(string Rule, string Value, string Context)> rows;

    private PloverContexts(IReadOnlyList<(string, string, string)> rows) => this.rows = rows;

    /// <summary>Loads the compiled-in table.</summary>
    public static PloverContexts LoadDefault() => new([.. ExportResources.Rows(ExportResources.Read(ResourceName))
        .Select(cells => cells.Length >= 3 && cells[0] is "sector" or "mode" ? (cells[0], cells[1], cells[2]) : throw new FormatException($"plover-contexts.tsv: malformed row '{string.Join('\t', cells)}'."))]);

    /// <summary>The contexts of <paramref name="e"/>.</summary>
    public IReadOnlyList<string> Of(FusedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var sectors = e.Actors.Concat(e.Recipients).Select(a => a.Actor.Sector).ToHashSet();
        return [.. rows.Where(r => r.Rule == "sector" ? Enum.TryParse<ActorSector>(r.Value, out var s) && sectors.Contains(s) : r.Value == e.Mode.Value)
            .Select(r => r.Context).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}