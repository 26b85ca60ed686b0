using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>
/// A trained named-entity tagger: averaged-perceptron weights over hashed features, decoded into BIO labels by constrained
/// Viterbi (or greedily, for a model of the previous version). Load once (<see cref="Load(string, INerGazetteer?, NerWordClusters?)"/>, <see cref="LoadDefault(INerGazetteer?, NerWordClusters?)"/>) and share: it is immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    /// <summary>Where the model lives in the repository and next to the executables.</summary>
    public const string DefaultRelativePath = "data/ner/model.bin";

    private const uint Magic = 0x52454E53; // "SNER"
    private const int Version = 7; // 2: built-in lexicon features; 3: 16-bit weights; 4: always-outside words; 5: gazetteer flag, 38 features; 6: word-cluster flag and fingerprint; 7: decoder flag (Viterbi).

    // Version 6 models (greedy decoding) still load, so the previous model can be scored beside a new one.
    private const int GreedyVersion = 6;

    private readonly FeatureTable table;
    private readonly NerFeatureExtractor extractor;
    private readonly IReadOnlySet<ulong>? alwaysOutside;
    private IReadOnlySet<string>? skippedRepairs;

    internal NerModel(FeatureTable table, INerGazetteer? gazetteer, TextTables tables, IReadOnlySet<ulong>? alwaysOutside = null, NerWordClusters? clusters = null, bool viterbi = false)
    {
        ArgumentNullException.ThrowIfNull(tables);
        this.table = table;
        this.alwaysOutside = alwaysOutside;
        UsesViterbi = viterbi;
        Gazetteer = gazetteer;
        WordClusters = clusters;
        Tables = tables;
        extractor = new NerFeatureExtractor(gazetteer, tables.Lexicon, alwaysOutside, clusters);
    }

    /// <summary>True for a first-order model decoded by constrained Viterbi; false for greedy decoding with two labels of history.</summary>
    public bool UsesViterbi { get; }

    /// <summary>The word clusters and capitalisation prior the model runs with, or null.</summary>
    public NerWordClusters? WordClusters { get; }

    /// <summary>The dictionary evidence the model runs with, or null.</summary>
    public INerGazetteer? Gazetteer { get; }

    /// <summary>The word tables the model's features and label repairs read, and the entity stage reads beside it.</summary>
    internal TextTables Tables { get; }

    /// <summary>The feature extractor the tagger runs (for profiling in bench/).</summary>
    internal NerFeatureExtractor Extractor => extractor;

    /// <summary>The weights the tagger scores with (for profiling in bench/).</summary>
    internal FeatureTable Table => table;

    /// <summary>The same model with the label repairs named in <paramref name="skipped"/> left out (every one when it holds "all"; none when null), to measure what each is worth.</summary>
    internal NerModel WithoutRepairs(IReadOnlySet<string>? skipped) =>
        new(table, Gazetteer, Tables, alwaysOutside, WordClusters, UsesViterbi) { skippedRepairs = skipped };

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => table.Count;

    /// <summary>
    /// Reads a model written by the trainer (Sitrep.Tooling's <c>NerTrainer</c>). <paramref name="gazetteer"/> and <paramref name="clusters"/>
    /// must be the ones it was trained with (null for none).
    /// </summary>
    /// <exception cref="InvalidDataException">Not a model of this version, or trained with a gazetteer or word clusters not given (or other clusters).</exception>
    public static NerModel Load(string path, INerGazetteer? gazetteer = null, NerWordClusters? clusters = null) =>
        Load(path, gazetteer, clusters, TextTables.Load());

    /// <summary>Reads a model as <see cref="Load(string, INerGazetteer?, NerWordClusters?)"/> does, over tables already loaded.</summary>
    internal static NerModel Load(string path, INerGazetteer? gazetteer, NerWordClusters? clusters, TextTables tables)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream);
        var version = reader.ReadUInt32() == Magic ? reader.ReadInt32() : -1;
        if (version is not (Version or GreedyVersion))
        {
            throw new InvalidDataException($"{path} is not a Sitrep NER model of version {GreedyVersion} or {Version}.");
        }

        var viterbi = version == Version && reader.ReadBoolean();
        var trainedWithGazetteer = reader.ReadBoolean();
        if (trainedWithGazetteer && gazetteer is null)
        {
            throw new InvalidDataException($"{path} was trained with gazetteer features; load it with a gazetteer (new GeoNerGazetteer(gazetteer)).");
        }

        var trainedWithClusters = reader.ReadBoolean();
        var fingerprint = reader.ReadUInt64();
        if (trainedWithClusters && clusters is null)
        {
            throw new InvalidDataException($"{path} was trained with word-cluster features; load it with {NerWordClusters.DefaultRelativePath} (NerWordClusters.LoadDefault()).");
        }

        if (trainedWithClusters && clusters!.Fingerprint != fingerprint)
        {
            throw new InvalidDataException($"{path} was trained with other word clusters than the ones given; rebuild the model or restore the clusters file it was trained with.");
        }

        var labels = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (labels != NerLabels.Count || count < 0)
        {
            throw new InvalidDataException($"{path} has {labels} labels; this build expects {NerLabels.Count}.");
        }

        var keys = new ulong[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var weights = new short[count * labels];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        var outsideCount = reader.ReadInt32();
        var outside = new ulong[outsideCount];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(outside.AsSpan()));
        return new NerModel(new FeatureTable(keys, weights, labels), trainedWithGazetteer ? gazetteer : null, tables, outside.ToFrozenSet(), trainedWithClusters ? clusters : null, viterbi);
    }

    /// <summary>
    /// Loads <see cref="DefaultRelativePath"/> as <see cref="LoadWithResources(string, INerGazetteer?, NerWordClusters?)"/> does, found by
    /// <see cref="ResourceLocator"/> (next to the executable or a folder above it, else the current directory or a
    /// folder above it); null when there is none. Pass the pipeline's gazetteer, so the geography gazetteer is loaded once.
    /// </summary>
    public static NerModel? LoadDefault(INerGazetteer? gazetteer = null, NerWordClusters? clusters = null) =>
        LoadDefault(gazetteer, clusters, TextTables.Load());

    /// <summary>Loads the default model as <see cref="LoadDefault(INerGazetteer?, NerWordClusters?)"/> does, over tables already loaded.</summary>
    internal static NerModel? LoadDefault(INerGazetteer? gazetteer, NerWordClusters? clusters, TextTables tables)
    {
        var path = FindDefault();
        return path is null ? null : LoadWithResources(path, gazetteer, clusters, tables);
    }

    /// <summary>
    /// Reads the model at <paramref name="path"/> with what it was trained with: a model trained with gazetteer
    /// features gets <paramref name="gazetteer"/>, or else the default geography gazetteer; one trained with word
    /// clusters gets <paramref name="clusters"/>, or else <see cref="NerWordClusters.DefaultRelativePath"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The model needs the word clusters and none were given or found.</exception>
    public static NerModel LoadWithResources(string path, INerGazetteer? gazetteer = null, NerWordClusters? clusters = null) =>
        LoadWithResources(path, gazetteer, clusters, TextTables.Load());

    /// <summary>Loads as <see cref="LoadWithResources(string, INerGazetteer?, NerWordClusters?)"/> does, over tables already loaded.</summary>
    internal static NerModel LoadWithResources(string path, INerGazetteer? gazetteer, NerWordClusters? clusters, TextTables tables)
    {
        var (usesGazetteer, usesClusters) = ReadFlags(path);
        if (gazetteer is null && usesGazetteer)
        {
            gazetteer = new GeoNerGazetteer(Geo.Gazetteer.LoadDefault(), tables.Names);
        }

        if (clusters is null && usesClusters)
        {
            clusters = NerWordClusters.LoadDefault()
                ?? throw new FileNotFoundException($"{path} needs {NerWordClusters.DefaultRelativePath}, which was not found; rebuild it with tools/build-word-clusters.cs.");
        }

        return Load(path, gazetteer, clusters, tables);
    }

    /// <summary>True when the model at <paramref name="path"/> was trained with word-cluster features.</summary>
    public static bool UsesWordClusters(string path) => ReadFlags(path).Clusters;

    // The two flags after the magic number and version (both false for a file that is no model of this version).
    private static (bool Gazetteer, bool Clusters) ReadFlags(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64);
        using var reader = new BinaryReader(stream);
        var version = reader.ReadUInt32() == Magic ? reader.ReadInt32() : -1;
        if (version is not (Version or GreedyVersion))
        {
            return (false, false);
        }

        if (version == Version)
        {
            reader.ReadBoolean();
        }

        return (reader.ReadBoolean(), reader.ReadBoolean());
    }

    /// <summary>The path <see cref="LoadDefault(INerGazetteer?, NerWordClusters?)"/> would read, or null.</summary>
    public static string? FindDefault() => ResourceLocator.Find(DefaultRelativePath);

    internal static void Save(string path, ReadOnlySpan<ulong> keys, ReadOnlySpan<short> weights, IReadOnlyCollection<ulong> alwaysOutside, bool usesGazetteer, NerWordClusters? clusters = null, bool viterbi = false)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(viterbi);
        writer.Write(usesGazetteer);
        writer.Write(clusters is not null);
        writer.Write(clusters?.Fingerprint ?? 0UL);
        writer.Write(NerLabels.Count);
        writer.Write(keys.Length);
        writer.Write(MemoryMarshal.AsBytes(keys));
        writer.Write(MemoryMarshal.AsBytes(weights));
        writer.Write(alwaysOutside.Count);
        foreach (var word in alwaysOutside.Order())
        {
            writer.Write(word);
        }
    }

    /// <summary>BIO labels (see <see cref="NerLabels"/>) for tokens <c>[first, first + labels.Length)</c>.</summary>
    internal void Tag(string text, TokenLayer tokens, int first, Span<int> labels)
    {
        var count = labels.Length;
        if (count == 0)
        {
            return;
        }

        var size = (count * NerFeatureExtractor.StaticCount) + (2 * count);
        var buffer = ArrayPool<ulong>.Shared.Rent(size);
        try
        {
            var features = buffer.AsSpan(0, count * NerFeatureExtractor.StaticCount);
            var lowers = buffer.AsSpan(features.Length, count);
            var shapes = buffer.AsSpan(features.Length + count, count);
            extractor.Extract(text, tokens, first, count, features, lowers, shapes);
            table.Decode(features, lowers, shapes, labels, UsesViterbi);
            if (Gazetteer is not null && skippedRepairs?.Contains("all") != true)
            {
                NerLabelRepair.Repair(text, tokens, first, labels, Tables.Names, skippedRepairs);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
    }
}