using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Geo;

/// <summary>
/// Reads the gzip'd TSV the gazetteer builder writes (column order in tools/Sitrep.GazetteerBuilder/GazetteerWriter.cs):
/// kind, id, name, country, admin1 code, admin2, lat, lon, feature class, feature code, GeoNames id, population,
/// precision, keys, demonyms. Keys are stored folded, so loading is splitting and hashing only; a row's other
/// columns are parsed by <see cref="ParseEntry"/> when the row is first used.
/// </summary>
internal static class GazetteerReader
{
    private const int Columns = 15;

    public static GazetteerData Read(string path, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8, false, 1 << 16);
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("#sitrep-gazetteer\t1", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path} is not a Sitrep gazetteer (version 1).");
        }

        var lines = new List<string>(150_000);
        var heads = new Dictionary<string, int>(220_000, StringComparer.Ordinal);
        var pairEntry = new List<int>(220_000);
        var pairNext = new List<int>(220_000);
        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var common = new Dictionary<string, int>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var borders = new Dictionary<(string, string), int>();
        var admin1ByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var maxTokens = 1;
        Span<Range> fields = stackalloc Range[Columns + 1];
        while (reader.ReadLine() is { } line)
        {
            if ((lines.Count & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = line.AsSpan();
            if (row.Length > 2 && row[0] is 'X' or 'N' && row[1] == '\t')
            {
                common[line[2..]] = row[0] == 'N' ? 1 : 0;
                continue;
            }

            var index = lines.Count;
            lines.Add(line);

            // Only the last two columns are read now; the rest waits for ParseEntry. The few rows the indexes need
            // (countries, divisions, borders) are split in full.
            var demonymTab = row.LastIndexOf('\t');
            var keyTab = demonymTab > 0 ? row[..demonymTab].LastIndexOf('\t') : -1;
            if (keyTab < 0)
            {
                throw new InvalidDataException($"{path}: row {index + 2} has too few columns.");
            }

            if (row[0] is 'C' or 'A' or 'B')
            {
                if (row.Split(fields, '\t') != Columns)
                {
                    throw new InvalidDataException($"{path}: row {index + 2}: expected {Columns} columns.");
                }

                switch (row[0])
                {
                    case 'C':
                        countries[line[fields[3]]] = index;
                        break;
                    case 'A':
                        admin1ByCode[line[fields[4]]] = index;
                        admin1Names[line[fields[4]]] = line[fields[2]];
                        break;
                    default:
                        borders.TryAdd((line[fields[3]], line[fields[9]]), index);
                        break;
                }
            }

            var keys = row[(keyTab + 1)..demonymTab];
            foreach (var keyRange in keys.Split('|'))
            {
                var key = keys[keyRange];
                if (key.IsEmpty)
                {
                    continue;
                }

                var text = key.ToString();
                pairEntry.Add(index);
                ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(heads, text, out var exists);
                pairNext.Add(exists ? head : -1);
                head = pairEntry.Count - 1;
                maxTokens = Math.Max(maxTokens, key.Count(' ') + 1);
            }

            var demonymKeys = row[(demonymTab + 1)..];
            foreach (var keyRange in demonymKeys.Split('|'))
            {
                var key = demonymKeys[keyRange];
                if (!key.IsEmpty)
                {
                    demonyms.TryAdd(key.ToString(), index);
                }
            }
        }

        return new GazetteerData(
            [.. lines], heads, [.. pairEntry], [.. pairNext], demonyms, common, countries, borders, admin1ByCode, admin1Names, maxTokens);
    }

    /// <summary>Parses one row into the entry the resolver works with.</summary>
    public static GazetteerEntry ParseEntry(string line, Dictionary<string, string> admin1Names)
    {
        Span<Range> fields = stackalloc Range[Columns + 1];
        var row = line.AsSpan();
        if (row.Split(fields, '\t') != Columns)
        {
            throw new InvalidDataException($"Gazetteer row has the wrong number of columns: {line}");
        }

        var kind = row[0] switch
        {
            'C' => GazetteerEntryKind.Country,
            'A' => GazetteerEntryKind.Admin1,
            'P' => GazetteerEntryKind.PopulatedPlace,
            'W' => GazetteerEntryKind.Water,
            'B' => GazetteerEntryKind.Border,
            _ => GazetteerEntryKind.Region,
        };
        var name = line[fields[2]];
        var country = NullIfEmpty(line, fields[3]);
        var admin1Code = NullIfEmpty(line, fields[4]);
        var admin2 = kind == GazetteerEntryKind.Country ? null : NullIfEmpty(line, fields[5]);
        var geoNamesId = row[fields[10]].IsEmpty ? (long?)null : long.Parse(row[fields[10]], CultureInfo.InvariantCulture);
        var admin1Name = admin1Code is not null && admin1Names.TryGetValue(admin1Code, out var a1) ? a1 : null;
        var place = new Place(
            name, country, admin1Name, admin2,
            double.Parse(row[fields[6]], CultureInfo.InvariantCulture),
            double.Parse(row[fields[7]], CultureInfo.InvariantCulture),
            line[fields[8]], geoNamesId, int.Parse(row[fields[12]], CultureInfo.InvariantCulture));
        return new GazetteerEntry(kind, place, admin1Code, line[fields[9]], long.Parse(row[fields[11]], CultureInfo.InvariantCulture));
    }

    private static string? NullIfEmpty(string line, Range range) => line.AsSpan()[range].IsEmpty ? null : line[range];
}