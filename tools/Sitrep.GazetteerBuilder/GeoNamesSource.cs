using System.Globalization;

namespace Sitrep.GazetteerBuilder;

/// <summary>GeoNames first-level divisions and cities15000 (alternate names, populations) from shared/data/geo.</summary>
internal static class GeoNamesSource
{
    // Generic words that GeoNames appends to or puts before division names; the bare name is what news writes
    // ("Zamfara" for "Zamfara State", "Orellana" for "Orellana Province").
    private static readonly string[] Suffixes =
    [
        " Province", " State", " Region", " Department", " Governorate", " District", " Oblast", " Prefecture",
        " County", " Municipality", " Division", " Territory", " Autonomous Region", " Autonomous Community",
        " Emirate", " Voivodeship", " Krai", " Republic", " Parish", " Canton", " Wilayah", " Wilaya", " Capital District",
    ];

    private static readonly string[] Prefixes =
    [
        "Province of ", "Provincia de ", "Provincia del ", "Departamento de ", "Departamento del ", "Estado de ",
        "State of ", "Region of ", "Gouvernorat de ", "Wilaya de ", "Muhafazat ", "Mohafazat ",
    ];

    public static List<BuilderEntry> ReadAdmin1(string path)
    {
        var result = new List<BuilderEntry>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 4)
            {
                continue;
            }

            var entry = new BuilderEntry
            {
                Kind = 'A',
                Id = f[0],
                Name = f[1],
                Country = f[0][..2],
                Admin1Code = f[0],
                FeatureClass = "A",
                FeatureCode = "ADM1",
                GeoNamesId = long.TryParse(f[3], out var id) ? id : null,
                Precision = 3,
            };
            AddDivisionNames(entry, f[1]);
            AddDivisionNames(entry, f[2]);
            result.Add(entry);
        }

        return result;
    }

    /// <summary>Adds a division name, and the name without its generic suffix or prefix.</summary>
    public static void AddDivisionNames(BuilderEntry entry, string name)
    {
        entry.AddName(name);
        entry.AddName(StripGeneric(name));
    }

    public static string StripGeneric(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length + 2)
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length + 2)
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    public static List<BuilderEntry> ReadCities15000(string path)
    {
        var result = new List<BuilderEntry>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 15)
            {
                continue;
            }

            var entry = new BuilderEntry
            {
                Kind = 'P',
                Id = f[0],
                Name = f[1],
                Country = f[8],
                Admin1Code = f[10].Length > 0 ? f[8] + "." + f[10] : null,
                Latitude = double.Parse(f[4], CultureInfo.InvariantCulture),
                Longitude = double.Parse(f[5], CultureInfo.InvariantCulture),
                FeatureClass = f[6],
                FeatureCode = f[7],
                GeoNamesId = long.Parse(f[0], CultureInfo.InvariantCulture),
                Population = long.TryParse(f[14], out var p) ? p : 0,
                Precision = 1,
            };
            entry.AddName(f[1]);
            entry.AddName(f[2]);
            foreach (var alternate in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                entry.AddName(alternate);
            }

            result.Add(entry);
        }

        return result;
    }
}