using System.Text.Json;
using Sitrep.Actors;

namespace Sitrep.ActorDictionaryBuilder;

/// <summary>Countries from Debian's iso-codes (ISO 3166-1), then their PETRARCH phrases and demonyms.</summary>
internal static class CountrySources
{
    // CAMEO country codes that differ from ISO alpha-3 (CAMEO manual, appendix "Country codes").
    private static readonly Dictionary<string, string> CameoOnly = new(StringComparer.Ordinal)
    {
        ["ROM"] = "RO",
        ["ZAR"] = "CD",
        ["TMP"] = "TL",
        ["KSV"] = "XK",
        ["YUG"] = "RS",
        ["BUR"] = "MM",
        ["SRB"] = "RS",
    };

    private static readonly string[] DemonymEndings = ["ian", "an", "ese", "ish", "i", "ean", "ic", "ch", "ot", "er"];

    public static Dictionary<string, BuiltCountry> ReadIso(string isoJson)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(isoJson));
        var byAlpha3 = new Dictionary<string, BuiltCountry>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.GetProperty("3166-1").EnumerateArray())
        {
            string? Get(string p) => item.TryGetProperty(p, out var v) ? v.GetString() : null;
            var alpha3 = Get("alpha_3")!;
            var name = Get("common_name") ?? Get("name")!;
            var country = new BuiltCountry(Get("alpha_2")!, alpha3, WithoutQualifier(name));
            foreach (var n in new[] { Get("common_name"), Get("name"), Get("official_name") })
            {
                if (n is not null)
                {
                    country.AddName(n);
                    country.AddName(WithoutQualifier(n));
                }
            }

            byAlpha3[alpha3] = country;
        }

        return byAlpha3;
    }

    /// <summary>The alpha-2 code of a CAMEO country piece, or null for blocs ("IGO", "AFR") and unknown codes.</summary>
    public static string? Alpha2(string? piece, Dictionary<string, BuiltCountry> byAlpha3) =>
        piece is null ? null : byAlpha3.TryGetValue(piece, out var c) ? c.Code : CameoOnly.GetValueOrDefault(piece);

    /// <summary>Phoenix records whose only code is a bare country code name that country (names, demonyms, capitals).</summary>
    public static bool TryAddPhrases(PetrarchActorRecord record, Dictionary<string, BuiltCountry> byAlpha3, Dictionary<string, BuiltCountry> byAlpha2)
    {
        var code = record.DefaultCode;
        if (code is null || code.Length != 3 || record.Codes.Count != 1 || CameoCode.SectorOfPiece(code) is not null)
        {
            return false;
        }

        if (Alpha2(code, byAlpha3) is not string alpha2 || !byAlpha2.TryGetValue(alpha2, out var country))
        {
            return false;
        }

        foreach (var phrase in record.Synonyms.Prepend(record.Primary))
        {
            var name = PhraseCase.Title(phrase);
            if (LooksLikeDemonym(name, country.Name))
            {
                country.AddDemonym(name);
            }

            country.AddName(name);
        }

        return true;
    }

    /// <summary>Orders demonyms so the usual form comes first ("Ecuadorian" before "Ecuadorean"), and adds "-an" forms.</summary>
    public static void Finish(BuiltCountry country, IReadOnlyCollection<string> curatedFirst)
    {
        var ordered = curatedFirst
            .Concat(country.Demonyms.OrderBy(d => Array.FindIndex(DemonymEndings, e => d.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is var i && i >= 0 ? i : 99))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        country.Demonyms.Clear();
        country.Demonyms.AddRange(ordered);

        // News writers coin "-an" adjectives from the name ("Ecuadoran", "Somalian"); they only ever match text.
        if (!country.Name.Contains(' ', StringComparison.Ordinal))
        {
            country.AddName(country.Name.EndsWith('a') ? country.Name + "n" : country.Name + "an");
        }
    }

    private static bool LooksLikeDemonym(string name, string countryName) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.Length > 3 && countryName.Length >= 4
        && name.StartsWith(countryName[..4], StringComparison.OrdinalIgnoreCase)
        && !name.Equals(countryName, StringComparison.OrdinalIgnoreCase)
        && DemonymEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string WithoutQualifier(string name)
    {
        var cut = name.IndexOfAny(['(', ',']);
        return cut > 0 ? name[..cut].Trim() : name;
    }
}