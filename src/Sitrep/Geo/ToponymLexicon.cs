using System.Collections.Frozen;

namespace Sitrep.Geo;

/// <summary>The closed word classes the matcher and the disambiguator read (data, not logic; folded forms).</summary>
internal static class ToponymLexicon
{
    /// <summary>Lower-case words allowed inside a name ("Gulf of Mexico", "Santo Domingo de los Tsáchilas").</summary>
    public static readonly FrozenSet<string> NameFunctionWords = FrozenSet.ToFrozenSet(
        ["of", "de", "del", "la", "las", "los", "el", "the", "and", "y", "da", "do", "dos", "das", "des", "du", "di", "al", "upon", "on", "en", "sur", "le", "les", "am", "an", "der", "bin", "ibn", "d", "l"],
        StringComparer.Ordinal);

    /// <summary>Direction adjectives that may open a name or a relational phrase ("eastern Pacific", "northern Nigeria").</summary>
    public static readonly FrozenDictionary<string, string> Directions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["northern"] = "northern",
        ["southern"] = "southern",
        ["eastern"] = "eastern",
        ["western"] = "western",
        ["northeastern"] = "northeastern",
        ["northwestern"] = "northwestern",
        ["southeastern"] = "southeastern",
        ["southwestern"] = "southwestern",
        ["central"] = "central",
        ["north"] = "northern",
        ["south"] = "southern",
        ["east"] = "eastern",
        ["west"] = "western",
        ["northeast"] = "northeastern",
        ["northwest"] = "northwestern",
        ["southeast"] = "southeastern",
        ["southwest"] = "southwestern",
        ["center"] = "central",
        ["centre"] = "central",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Prepositions after which a capitalised word is a place ("in Reading", "near Best").</summary>
    public static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
        ["in", "near", "at", "from", "to", "into", "inside", "outside", "across", "around", "toward", "towards", "through", "within", "throughout", "off", "en", "cerca"],
        StringComparer.Ordinal);

    /// <summary>Words that introduce a person, so the capitalised word after them is a name, not a place.</summary>
    public static readonly FrozenSet<string> PersonTitles = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "gen", "general", "president", "minister", "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "commander", "chief", "col", "lt", "sgt", "capt", "adm", "admiral", "secretary", "spokesman", "spokesperson", "spokeswoman", "pope", "king", "queen", "prince", "sheikh", "lawyer", "journalist"],
        StringComparer.Ordinal);

    /// <summary>
    /// Verbs that make a country or capital the speaker or actor — metonymy for its government ("Washington said",
    /// "Quito announced"); a place where something happened takes none of them as its own verb.
    /// </summary>
    public static readonly FrozenSet<string> AgentVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "say", "announced", "announces", "warned", "warns", "urged", "urges", "accused", "accuses", "denied", "denies",
         "rejected", "rejects", "insisted", "insists", "claimed", "claims", "stated", "declared", "declares", "condemned", "condemns",
         "demanded", "demands", "responded", "responds", "argued", "argues", "agreed", "agrees", "signed", "signs", "threatened", "threatens",
         "vowed", "vows", "pledged", "pledges", "sanctioned", "imposed", "imposes", "ordered", "orders", "criticized", "criticised",
         "criticizes", "asked", "asks", "told", "tells", "wants", "wanted", "believes", "believed", "hopes", "welcomed", "welcomes",
         "confirmed", "confirms", "reported", "acknowledged", "retaliated", "expelled", "recalled", "summoned", "protested", "blamed",
         "dismissed", "backed", "supports", "supported", "opposes", "opposed", "sent", "deployed", "designated", "announce", "deny"],
        StringComparer.Ordinal);

    /// <summary>Words that may stand between a metonymic subject and its verb ("Washington has long said").</summary>
    public static readonly FrozenSet<string> AgentVerbFillers = FrozenSet.ToFrozenSet(
        ["has", "have", "had", "also", "previously", "repeatedly", "long", "already", "will", "would", "could", "later", "then", "quickly", "officially", "publicly", "again", "reportedly", "is", "was", "were"],
        StringComparer.Ordinal);

    /// <summary>Reporting verbs next to a surname ("said Thayer", "Sullivan told"): the word is a person, not a town.</summary>
    public static readonly FrozenSet<string> ReportingVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "added", "noted", "explained", "wrote", "asked", "argued", "according", "stated", "recalled", "warned"],
        StringComparer.Ordinal);

    /// <summary>Nouns after which a country name is an adjective, not a place ("U.S. forces", "U.S. officials").</summary>
    public static readonly FrozenSet<string> AdjectivalHeads = FrozenSet.ToFrozenSet(
        ["forces", "force", "troops", "military", "officials", "official", "government", "navy", "army", "president", "embassy", "ambassador", "authorities", "administration", "strikes", "strike", "special", "southern", "northern", "central", "defense", "defence", "state", "department", "citizens", "citizen", "soldiers", "national", "nationals", "intelligence", "envoy", "diplomats", "sanctions", "policy", "counterpart", "leaders", "leader"],
        StringComparer.Ordinal);

    /// <summary>Set membership of a word without allocating a string.</summary>
    public static bool Has(this FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Key membership of a word without allocating a string.</summary>
    public static bool HasKey(this FrozenDictionary<string, string> map, ReadOnlySpan<char> word) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>Lookup of a word without allocating a string.</summary>
    public static bool TryGet(this FrozenDictionary<string, string> map, ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);
}