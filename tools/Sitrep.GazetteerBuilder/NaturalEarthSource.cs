using System.Globalization;
using System.Text.Json;

namespace Sitrep.GazetteerBuilder;

/// <summary>Natural Earth marine polygons (seas, gulfs, bays; no country) and region points (islands, capes).</summary>
internal static class NaturalEarthSource
{
    public static List<BuilderEntry> ReadMarine(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var byName = new Dictionary<string, (BuilderEntry Entry, double Area)>(StringComparer.Ordinal);
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var name = TitleCase(properties.GetProperty("name").GetString() ?? "");
            if (name.Length == 0)
            {
                continue;
            }

            var category = properties.GetProperty("category").GetString() ?? "sea";
            var ring = feature.GetProperty("geometry").GetProperty("coordinates")[0];
            var (lat, lon, area) = Centroid(ring);
            if (byName.TryGetValue(name, out var existing))
            {
                // Several polygons of one name: the centroid of the largest stands for all.
                if (area <= existing.Area)
                {
                    continue;
                }

                existing.Entry.Latitude = lat;
                existing.Entry.Longitude = lon;
                byName[name] = (existing.Entry, area);
                continue;
            }

            var entry = new BuilderEntry
            {
                Kind = 'W',
                Id = properties.TryGetProperty("qid", out var q) ? q.GetString() ?? name : name,
                Name = name,
                Latitude = lat,
                Longitude = lon,
                FeatureClass = "H",
                FeatureCode = category,
                Precision = category is "ocean" or "sea" ? 5 : 4,
            };
            entry.AddName(name);
            byName[name] = (entry, area);
        }

        return [.. byName.Values.Select(v => v.Entry)];
    }

    public static List<BuilderEntry> ReadRegionPoints(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new List<BuilderEntry>();
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var name = TitleCase(properties.GetProperty("name").GetString() ?? "");
            var point = feature.GetProperty("geometry").GetProperty("coordinates");
            if (name.Length == 0 || point.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var entry = new BuilderEntry
            {
                Kind = 'R',
                Id = properties.TryGetProperty("qid", out var q) ? q.GetString() ?? name : name,
                Name = name,
                Latitude = point[1].GetDouble(),
                Longitude = point[0].GetDouble(),
                FeatureClass = "T",
                FeatureCode = properties.GetProperty("category").GetString() ?? "region",
                Precision = 2,
            };
            entry.AddName(name);
            result.Add(entry);
        }

        return result;
    }

    private static string TitleCase(string name) =>
        name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    // Area-weighted polygon centroid (shoelace formula) in plain lon/lat, good enough for a label point.
    private static (double Lat, double Lon, double Area) Centroid(JsonElement ring)
    {
        double a = 0, cx = 0, cy = 0;
        var points = ring.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            var cross = (points[i].X * points[i + 1].Y) - (points[i + 1].X * points[i].Y);
            a += cross;
            cx += (points[i].X + points[i + 1].X) * cross;
            cy += (points[i].Y + points[i + 1].Y) * cross;
        }

        if (Math.Abs(a) < 1e-9)
        {
            return (points.Average(p => p.Y), points.Average(p => p.X), 0);
        }

        return (cy / (3 * a), cx / (3 * a), Math.Abs(a / 2));
    }
}