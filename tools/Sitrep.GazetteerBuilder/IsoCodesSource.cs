using System.Text.Json;

namespace Sitrep.GazetteerBuilder;

/// <summary>Countries (ISO 3166-1) and subdivisions (ISO 3166-2) from Debian's iso-codes, with Spanish names from its .mo files.</summary>
internal static class IsoCodesSource
{
    public sealed record Subdivision(string Code, string Name, string Type);

    /// <summary>One entry per ISO 3166-1 country with English names (name, common, official) and the Spanish name.</summary>
    public static List<BuilderEntry> ReadCountries(string isoJsonDir, string localeDir)
    {
        var spanish = MoCatalog.Read(Path.Combine(localeDir, "es", "LC_MESSAGES", "iso_3166-1.mo"));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(isoJsonDir, "iso_3166-1.json")));
        var result = new List<BuilderEntry>();
        foreach (var item in json.RootElement.GetProperty("3166-1").EnumerateArray())
        {
            var alpha2 = item.GetProperty("alpha_2").GetString()!;
            var alpha3 = item.GetProperty("alpha_3").GetString()!;
            var names = new[] { "common_name", "name", "official_name" }
                .Select(p => item.TryGetProperty(p, out var v) ? v.GetString() : null)
                .Where(n => n is not null)
                .Cast<string>()
                .ToList();
            var entry = new BuilderEntry
            {
                Kind = 'C',
                Id = alpha2,
                Name = names[0],
                Country = alpha2,
                Admin2 = alpha3,
                FeatureClass = "A",
                FeatureCode = "PCLI",
                Precision = 5,
            };
            foreach (var name in names)
            {
                entry.AddName(name);
                entry.AddName(WithoutParenthesis(name));
                if (spanish.TryGetValue(name, out var es))
                {
                    entry.AddName(es);
                    entry.AddName(WithoutParenthesis(es));
                }
            }

            result.Add(entry);
        }

        return result;
    }

    /// <summary>ISO 3166-2 subdivisions by country, used as extra names of the matching GeoNames admin1.</summary>
    public static ILookup<string, Subdivision> ReadSubdivisions(string isoJsonDir)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(isoJsonDir, "iso_3166-2.json")));
        return json.RootElement.GetProperty("3166-2").EnumerateArray()
            .Select(e => new Subdivision(e.GetProperty("code").GetString()!, e.GetProperty("name").GetString()!, e.GetProperty("type").GetString()!))
            .ToLookup(s => s.Code[..2], StringComparer.Ordinal);
    }

    // "Bolivia, Plurinational State of" and "Venezuela (Bolivarian Republic of)" also go in as "Bolivia", "Venezuela".
    private static string WithoutParenthesis(string name)
    {
        var cut = name.IndexOfAny(['(', ',']);
        return cut > 0 ? name[..cut].Trim() : name;
    }
}