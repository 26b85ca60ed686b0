namespace Sitrep.Actors;

/// <summary>
/// Reads CAMEO actor codes: concatenated three-letter pieces, a country or bloc first ("VEN", "IGO") then role pieces
/// ("GOV", "MIL"…) — CAMEO manual, ch. 2 (eventdata.parusanalytics.com/data.dir/cameo.html).
/// </summary>
internal static class CameoCode
{
    /// <summary>The first three letters when they are not a role piece: a country or bloc code, or null.</summary>
    public static string? CountryPiece(string code)
    {
        if (code.Length < 3)
        {
            return null;
        }

        var head = code[..3];
        return SectorOfPiece(head) is null ? head : null;
    }

    /// <summary>
    /// The sector of a code: the first role piece decides (GOV/ELI/LEG/JUD/SPY → government, MIL → military,
    /// COP → police, REB/IMG/INS/UAF → rebel, CRM → criminal, IGO → international, the rest civilian); a defence
    /// ministry (GOV followed by MIL) is military. A bare country code is its government.
    /// </summary>
    public static ActorSector SectorOf(string code) => SectorOf(code, bareCountryIsGovernment: true);

    /// <summary>The sector of a code; agent codes ("~UNK", "~NON") have no country, so no bare-country rule applies.</summary>
    public static ActorSector SectorOf(string code, bool bareCountryIsGovernment)
    {
        var pieces = Enumerable.Range(0, code.Length / 3).Select(i => code.Substring(i * 3, 3)).ToArray();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (SectorOfPiece(pieces[i]) is ActorSector sector)
            {
                if (sector == ActorSector.Government && i + 1 < pieces.Length && pieces[i + 1] == "MIL")
                {
                    return ActorSector.Military;
                }

                return sector;
            }
        }

        return pieces.Length == 1 && bareCountryIsGovernment ? ActorSector.Government : ActorSector.Unknown;
    }

    /// <summary>The sector one piece stands for, or null when the piece is a country or unknown.</summary>
    public static ActorSector? SectorOfPiece(string piece) => piece switch
    {
        "GOV" or "ELI" or "LEG" or "JUD" or "SPY" or "PRE" or "PRM" => ActorSector.Government,
        "MIL" => ActorSector.Military,
        "COP" => ActorSector.Police,
        "REB" or "IMG" or "INS" or "UAF" or "SEP" => ActorSector.Rebel,
        "CRM" => ActorSector.Criminal,
        "IGO" => ActorSector.International,
        "CVL" or "MED" or "JRN" or "BUS" or "EDU" or "REL" or "NGO" or "NGM" or "LAB" or "AGR" or "HLH" or "REF"
            or "HRI" or "ENV" or "SOC" or "MNC" or "OPP" or "PTY" or "MOD" or "RAD" or "DEV" or "AMN" or "IRC"
            or "MSF" or "FGN" or "CHR" or "MOS" or "JEW" or "BUD" or "HIN" => ActorSector.Civilian,
        _ => null,
    };
}