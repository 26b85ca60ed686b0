using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Geo;

/// <summary>
/// Reads the gzip'd TSV the gazetteer builder writes (column order in tools/Sitrep.GazetteerBuilder/GazetteerWriter.cs).
/// Keys are stored folded, so loading is parsing and hashing only.
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

        var entries = new List<GazetteerEntry>(150_000);
        var heads = new Dictionary<string, int>(300_000, StringComparer.Ordinal);
        var pairEntry = new List<int>(300_000);
        var pairNext = new List<int>(300_000);
        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var common = new Dictionary<string, int>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var borders = new Dictionary<(string, string), int>();
        var admin1ByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var maxTokens = 1;
        Span<Range> fields = stackalloc Range[Columns + 1];
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if ((lineNumber & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = line.AsSpan();
            if (row.Length > 2 && row[0] == 'X' && row[1] == '\t')
            {
                common[line[2..]] = 0;
                continue;
            }

            if (row.Split(fields, '\t') != Columns)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected {Columns} columns.");
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
            var featureCode = line[fields[9]];
            var geoNamesId = row[fields[10]].IsEmpty ? (long?)null : long.Parse(row[fields[10]], CultureInfo.InvariantCulture);
            string? admin1Name = null;
            if (kind == GazetteerEntryKind.Admin1)
            {
                admin1Name = name;
                admin1Names[admin1Code!] = name;
            }
            else if (admin1Code is not null)
            {
                admin1Names.TryGetValue(admin1Code, out admin1Name);
            }

            var place = new Place(
                name, country, admin1Name, admin2,
                double.Parse(row[fields[6]], CultureInfo.InvariantCulture),
                double.Parse(row[fields[7]], CultureInfo.InvariantCulture),
                line[fields[8]], geoNamesId, int.Parse(row[fields[12]], CultureInfo.InvariantCulture));
            var index = entries.Count;
            entries.Add(new GazetteerEntry(kind, place, admin1Code, featureCode, long.Parse(row[fields[11]], CultureInfo.InvariantCulture)));
            switch (kind)
            {
                case GazetteerEntryKind.Country:
                    countries[country!] = index;
                    break;
                case GazetteerEntryKind.Admin1:
                    admin1ByCode[admin1Code!] = index;
                    break;
                case GazetteerEntryKind.Border:
                    borders.TryAdd((country!, featureCode), index);
                    break;
            }

            foreach (var keyRange in row[fields[13]].Split('|'))
            {
                var key = row[fields[13]][keyRange];
                if (key.IsEmpty)
                {
                    continue;
                }

                var text = key.ToString();
                pairEntry.Add(index);
                pairNext.Add(heads.TryGetValue(text, out var previous) ? previous : -1);
                heads[text] = pairEntry.Count - 1;
                maxTokens = Math.Max(maxTokens, key.Count(' ') + 1);
            }

            foreach (var keyRange in row[fields[14]].Split('|'))
            {
                var key = row[fields[14]][keyRange];
                if (!key.IsEmpty)
                {
                    demonyms.TryAdd(key.ToString(), index);
                }
            }
        }

        return new GazetteerData(
            [.. entries], heads, [.. pairEntry], [.. pairNext], demonyms, common, countries, borders, admin1ByCode, maxTokens);
    }

    private static string? NullIfEmpty(string line, Range range) => line.AsSpan()[range].IsEmpty ? null : line[range];
}
