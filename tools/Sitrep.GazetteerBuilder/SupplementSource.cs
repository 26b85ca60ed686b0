using System.Globalization;
using System.Text;
using Sitrep.Tools;

namespace Sitrep.GazetteerBuilder;

/// <summary>
/// data/gazetteer/supplement.csv: curated features the open sources lack (protected areas, border regions, named
/// maritime and world regions, demonyms), one row each with its source.
/// Columns: kind,name,aliases,country,admin1,other_country,lat,lon,precision,source.
/// </summary>
internal static class SupplementSource
{
    public sealed record Row(
        string Kind, string Name, string Aliases, string Country, string Admin1, string OtherCountry,
        string Lat, string Lon, string Precision, string Source);

    public static List<Row> Read(string path)
    {
        var rows = new List<Row>();
        var header = true;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var f = CsvLine.Split(line);
            if (f.Count != 10)
            {
                throw new InvalidDataException($"{path}: expected 10 fields in '{line}'");
            }

            if (string.IsNullOrWhiteSpace(f[9]))
            {
                throw new InvalidDataException($"{path}: row '{f[1]}' has no source");
            }

            rows.Add(new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]));
        }

        return rows;
    }

    // RFC 4180 fields on one line: commas separate, double quotes quote, "" is a quote.

    /// <summary>
    /// Turns the rows into entries; demonym rows are added to their country; admin1 names resolve to codes
    /// through <paramref name="admin1ByName"/> (country + folded name).
    /// </summary>
    public static List<BuilderEntry> Apply(
        List<Row> rows, Dictionary<string, BuilderEntry> countries, Dictionary<(string, string), BuilderEntry> admin1ByName)
    {
        var result = new List<BuilderEntry>();
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            var aliases = row.Aliases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (row.Kind == "demonym")
            {
                var country = countries[row.Country];
                foreach (var name in aliases.Prepend(row.Name))
                {
                    country.DemonymKeys.Add(Sitrep.Geo.ToponymFolding.Key(name));
                }

                continue;
            }

            BuilderEntry? division = null;
            if (row.Admin1.Length > 0 && !admin1ByName.TryGetValue((row.Country, Sitrep.Geo.ToponymFolding.Key(row.Admin1)), out division))
            {
                throw new InvalidDataException($"supplement row '{row.Name}': no admin1 '{row.Admin1}' in {row.Country}");
            }

            if (row.Kind == "alias")
            {
                var target = division ?? countries[row.Country];
                foreach (var name in aliases.Prepend(row.Name))
                {
                    target.Keys.Add(Sitrep.Geo.ToponymFolding.Key(name));
                }

                continue;
            }

            var admin1Code = division?.Id;

            var (kind, featureClass) = row.Kind switch
            {
                "water" => ('W', "H"),
                "border" => ('B', "L"),
                "place" => ('P', "P"),
                _ => ('R', "L"),
            };
            var entry = new BuilderEntry
            {
                Kind = kind,
                Id = "sup:" + n.ToString(CultureInfo.InvariantCulture),
                Name = row.Name,
                Country = row.Country.Length > 0 ? row.Country : null,
                Admin1Code = admin1Code,
                Latitude = double.Parse(row.Lat, CultureInfo.InvariantCulture),
                Longitude = double.Parse(row.Lon, CultureInfo.InvariantCulture),
                FeatureClass = featureClass,
                FeatureCode = kind == 'B' ? row.OtherCountry : row.Kind,
                Precision = int.Parse(row.Precision, CultureInfo.InvariantCulture),
            };
            foreach (var name in aliases.Prepend(row.Name))
            {
                // Curated names are kept even when short: they were chosen by hand.
                entry.Keys.Add(Sitrep.Geo.ToponymFolding.Key(name));
            }

            result.Add(entry);
            if (kind == 'B')
            {
                // The same border seen from the other side ("the Ecuadorian border" in a Colombian story).
                var mirror = new BuilderEntry
                {
                    Kind = 'B',
                    Id = entry.Id + "b",
                    Name = row.Name,
                    Country = row.OtherCountry,
                    Latitude = entry.Latitude,
                    Longitude = entry.Longitude,
                    FeatureClass = "L",
                    FeatureCode = row.Country,
                    Precision = entry.Precision,
                };
                mirror.Keys.UnionWith(entry.Keys);
                result.Add(mirror);
            }
        }

        return result;
    }
}