using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Actors;

namespace Sitrep.Exports;

/// <summary>
/// Actor sector → ACLED 'inter' code (data/exports/acled-inter.tsv, ACLED Codebook 2023), and the interaction code
/// ACLED builds from two of them: the lower code first ("12" State forces–Rebel groups), ×10 for a sole actor ("10").
/// </summary>
public sealed class AcledInterCodes
{
    /// <summary>ACLED's civilians code.</summary>
    public const int Civilians = 7;

    private const string ResourceName = "Sitrep.Exports.acled-inter.tsv";

    private readonly FrozenDictionary<ActorSector, int> codes;

    private AcledInterCodes(FrozenDictionary<ActorSector, int> codes) => this.codes = codes;

    /// <summary>Loads the compiled-in table.</summary>
    public static AcledInterCodes LoadDefault()
    {
        var codes = new Dictionary<ActorSector, int>();
        foreach (var cells in ExportResources.Rows(ExportResources.Read(ResourceName)))
        {
            if (cells.Length < 2 || !Enum.TryParse<ActorSector>(cells[0], out var sector) || !int.TryParse(cells[1], CultureInfo.InvariantCulture, out var code) || code is < 1 or > 8)
            {
                throw new FormatException($"acled-inter.tsv: malformed row '{string.Join('\t', cells)}'.");
            }

            codes[sector] = code;
        }

        return new AcledInterCodes(codes.ToFrozenDictionary());
    }

    /// <summary>The inter code of <paramref name="sector"/>, or null when the sector is unknown.</summary>
    public int? Of(ActorSector sector) => codes.TryGetValue(sector, out var code) ? code : null;

    /// <summary>True for the codes of organised armed actors (1–4 and 8), the two sides of an armed clash.</summary>
    public static bool IsArmed(int? code) => code is 1 or 2 or 3 or 4 or 8;

    /// <summary>ACLED's interaction: the two codes, lower first; a sole actor's code × 10; null without a first code.</summary>
    public static int? Interaction(int? inter1, int? inter2) => (inter1, inter2) switch
    {
        (null, _) => null,
        ({ } a, null) => a * 10,
        ({ } a, { } b) => (Math.Min(a, b) * 10) + Math.Max(a, b),
    };
}