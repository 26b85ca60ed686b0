using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.GazetteerBuilder;

/// <summary>
/// Writes the gazetteer as gzip'd TSV (format read by Sitrep.Geo.GazetteerReader): a header line, then one row per
/// feature — kind, id, name, country, admin1 code, admin2, lat, lon, feature class, feature code, GeoNames id,
/// population, precision, folded keys ('|'), folded demonyms ('|') — then one <c>X</c> row per common-word key (<c>N</c> for the curated not-places).
/// </summary>
internal static class GazetteerWriter
{
    public static void Write(string path, IEnumerable<BuilderEntry> entries, IEnumerable<string> commonWordKeys, HashSet<string> notPlaces, string header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("#sitrep-gazetteer\t1\t" + header);
        foreach (var e in entries)
        {
            writer.Write(e.Kind);
            Field(writer, e.Id);
            Field(writer, e.Name);
            Field(writer, e.Country);
            Field(writer, e.Admin1Code);
            Field(writer, e.Admin2);
            Field(writer, Math.Round(e.Latitude, 4).ToString(CultureInfo.InvariantCulture));
            Field(writer, Math.Round(e.Longitude, 4).ToString(CultureInfo.InvariantCulture));
            Field(writer, e.FeatureClass);
            Field(writer, e.FeatureCode);
            Field(writer, e.GeoNamesId?.ToString(CultureInfo.InvariantCulture));
            Field(writer, e.Population.ToString(CultureInfo.InvariantCulture));
            Field(writer, e.Precision.ToString(CultureInfo.InvariantCulture));
            Field(writer, string.Join('|', e.Keys));
            Field(writer, string.Join('|', e.DemonymKeys));
            writer.WriteLine();
        }

        foreach (var key in commonWordKeys)
        {
            writer.Write(notPlaces.Contains(key) ? "N\t" : "X\t");
            writer.WriteLine(key);
        }
    }

    private static void Field(StreamWriter writer, string? value)
    {
        writer.Write('\t');
        writer.Write(value?.Replace('\t', ' ').Replace('\n', ' '));
    }
}