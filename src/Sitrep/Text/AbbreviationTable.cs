using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>
/// Words that keep their period: titles, months, US state abbreviations in AP style, company suffixes.
/// Matching is case-sensitive ("Gen." but not "gen."), so that "ill." or "miss." at a sentence end stay words.
/// Built once and shared; lookups take a span and allocate nothing.
/// </summary>
internal sealed class AbbreviationTable
{
    // AP Stylebook titles before names, and military ranks as news agencies abbreviate them.
    private static readonly string[] Titles =
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Fr", "Sr", "Jr", "St", "Hon", "Msgr",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Brig",
        "Ens", "Gov", "Lt.Gov", "Sen", "Rep", "Reps", "Sens", "Pres", "Amb", "Supt", "Insp", "Det", "Atty", "Sec", "Gens",
    ];

    private static readonly string[] BeforeNumbers = ["No", "Nos", "Art", "Arts", "Vol", "vol", "pp", "p", "Fig", "fig", "Ch", "ch", "Para", "para", "Rt", "Hwy", "Rte"];

    // Months (AP abbreviates Jan., Feb., Aug., Sept., Oct., Nov., Dec.), US states (AP style), company and place suffixes.
    private static readonly string[] Others =
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
        "Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Plc", "Dept", "Univ", "Assn", "Ave", "Blvd", "Mt", "Ft", "Pt",
        "vs", "etc", "approx", "est", "cf", "al", "Gov't", "govt",
    ];

    private readonly FrozenDictionary<string, AbbreviationClass> entries;
    private readonly FrozenDictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private AbbreviationTable(FrozenDictionary<string, AbbreviationClass> entries)
    {
        this.entries = entries;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in table.</summary>
    public static AbbreviationTable Default { get; } = Create();

    /// <summary>Number of entries.</summary>
    public int Count => entries.Count;

    /// <summary>The class of <paramref name="word"/> (without its period), or null when it is no abbreviation.</summary>
    public AbbreviationClass? Find(ReadOnlySpan<char> word) =>
        lookup.TryGetValue(word, out var found) ? found : null;

    private static AbbreviationTable Create()
    {
        var map = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        foreach (var other in Others)
        {
            map[other] = AbbreviationClass.Other;
        }

        foreach (var number in BeforeNumbers)
        {
            map[number] = AbbreviationClass.BeforeNumber;
        }

        foreach (var title in Titles)
        {
            map[title] = AbbreviationClass.Title;
        }

        return new AbbreviationTable(map.ToFrozenDictionary(StringComparer.Ordinal));
    }
}