using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Text.Ner;

/// <summary>
/// Brown word clusters and the capitalisation prior of <c>data/ner/word-clusters.tsv.gz</c> (built by
/// <c>tools/build-word-clusters.cs</c>, see data/ner/README.md): per lower-cased word, its bit-string path and
/// <see cref="NerCapitalisation"/> bucket, keyed by the tagger's lower-case word hash. A model trained with them
/// needs the same table at run time (<see cref="NerModel.Load(string, INerGazetteer?, NerWordClusters?)"/> checks
/// <see cref="Fingerprint"/>). Immutable and thread-safe; load once.
/// </summary>
public sealed class NerWordClusters
{
    /// <summary>Where the table lives in the repository and next to the executables.</summary>
    public const string DefaultRelativePath = "data/ner/word-clusters.tsv.gz";

    /// <summary>The packed value of a word not in the table (<see cref="NerCapitalisation.Unseen"/>, no path).</summary>
    internal const ulong Unknown = 1UL << 16;

    private readonly FrozenDictionary<ulong, ulong> entries;

    private NerWordClusters(FrozenDictionary<ulong, ulong> entries, ulong fingerprint)
    {
        this.entries = entries;
        Fingerprint = fingerprint;
    }

    /// <summary>Number of words.</summary>
    public int Count => entries.Count;

    /// <summary>A hash of every entry, so a model can tell the table it was trained with from another.</summary>
    public ulong Fingerprint { get; }

    /// <summary>Reads a (gzip-compressed when the name ends in .gz) table of <c>word TAB path TAB capitalisation</c> lines; # starts a comment.</summary>
    /// <exception cref="InvalidDataException">A line is not of that form.</exception>
    public static NerWordClusters Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader, path);
    }

    /// <summary>Loads <see cref="DefaultRelativePath"/> from next to the executable or a folder above it; null when there is none.</summary>
    public static NerWordClusters? LoadDefault()
    {
        var path = ResourceLocator.Find(DefaultRelativePath);
        return path is null ? null : Load(path);
    }

    /// <summary>Reads the table from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static NerWordClusters Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new Dictionary<ulong, ulong>();
        var fingerprint = FeatureHash.Start;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length == 0 || fields[1].Length == 0 || fields[1].Any(c => c is not ('0' or '1'))
                || !Enum.TryParse<NerCapitalisation>(fields[2], true, out var capitalisation) || !Enum.IsDefined(capitalisation))
            {
                throw new InvalidDataException($"{source}, line {number.ToString(CultureInfo.InvariantCulture)}: expected word TAB bit path TAB unseen|never|sometimes|mostly|always.");
            }

            var key = FeatureHash.OfLower(fields[0]);
            var value = Pack(fields[1], capitalisation);
            entries[key] = value;
            fingerprint = FeatureHash.Mix(FeatureHash.Mix(fingerprint, key), value);
        }

        return new NerWordClusters(entries.ToFrozenDictionary(), fingerprint);
    }

    /// <summary>Writes the table (sorted by path, then word) in the format <see cref="Read"/> reads.</summary>
    internal static void Write(TextWriter writer, IEnumerable<(string Word, string Path, NerCapitalisation Capitalisation)> rows)
    {
        foreach (var (word, path, capitalisation) in rows.OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Word, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write('\t');
            writer.Write(path);
            writer.Write('\t');
            writer.Write(capitalisation.ToString().ToLowerInvariant());
            writer.Write('\n');
        }
    }

    /// <summary>The packed entry of a lower-case word hash (<see cref="FeatureHash.OfLower"/>), or <see cref="Unknown"/>.</summary>
    internal ulong Lookup(ulong lowerHash) => entries.TryGetValue(lowerHash, out var value) ? value : Unknown;

    /// <summary>The first <paramref name="bits"/> bits of the path (fewer when it is shorter) and their number, as one value; 0 for no path.</summary>
    internal static ulong Prefix(ulong packed, int bits)
    {
        var length = Math.Min((int)((packed >> 8) & 0xFF), bits);
        return length == 0 ? 0 : ((packed >> 32) >> (32 - length) << 8) | (uint)length;
    }

    /// <summary>The capitalisation bucket of a packed entry.</summary>
    internal static NerCapitalisation CapitalisationOf(ulong packed) => (NerCapitalisation)(packed & 0xFF);

    // Bits 32–63: the first 32 bits of the path, most significant first; bits 8–15: the path's length (at most 255); bits 0–7: the bucket.
    private static ulong Pack(string path, NerCapitalisation capitalisation)
    {
        ulong bits = 0;
        for (var i = 0; i < Math.Min(path.Length, 32); i++)
        {
            bits |= (ulong)(path[i] - '0') << (63 - i);
        }

        return bits | ((ulong)Math.Min(path.Length, 255) << 8) | (ulong)capitalisation;
    }
}