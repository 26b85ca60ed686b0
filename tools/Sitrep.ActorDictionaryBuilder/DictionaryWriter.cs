using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Actors;

namespace Sitrep.ActorDictionaryBuilder;

/// <summary>
/// Writes the gzip'd TSV that ActorDictionary.Parse reads: "C code name demonyms names", "A id name country sector
/// aliases roles" and "G phrase sector P|S" rows; lists are '|'-separated, roles "CC,Sector,from,to" joined by ';'.
/// </summary>
internal static class DictionaryWriter
{
    public static void Write(string path, IEnumerable<BuiltCountry> countries, IEnumerable<BuiltActor> actors, IEnumerable<(string Key, ActorSector Sector, bool Plural)> agents)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# Sitrep actor dictionary v1, built by tools/actors/build.sh; sources and licences in data/actors/SOURCES.md");
        foreach (var c in countries)
        {
            writer.WriteLine($"C\t{c.Code}\t{Clean(c.Name)}\t{Join(c.Demonyms)}\t{Join(c.Names)}");
        }

        foreach (var a in actors)
        {
            var roles = string.Join(';', a.Roles.Select(r => $"{r.Country},{r.Sector},{Date(r.From)},{Date(r.To)}"));
            writer.WriteLine($"A\t{Clean(a.Id)}\t{Clean(a.Name)}\t{a.Country}\t{a.Sector}\t{Join(a.Aliases)}\t{roles}");
        }

        foreach (var (key, sector, plural) in agents)
        {
            writer.WriteLine($"G\t{key}\t{sector}\t{(plural ? "P" : "S")}");
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Join(IEnumerable<string> values) => string.Join('|', values.Select(Clean).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal));

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('|', '/').Replace('\n', ' ').Replace('\r', ' ').Trim();
}