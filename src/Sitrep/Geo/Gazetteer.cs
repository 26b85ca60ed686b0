namespace Sitrep.Geo;

/// <summary>
/// The read-only gazetteer: countries, first-level divisions, populated places, seas and regions, looked up by
/// folded name (accent- and case-insensitive). Load it once and share it: it is immutable and thread-safe.
/// Built by tools/gazetteer/build.sh into data/gazetteer/gazetteer.tsv.gz (sources and licences in SOURCES.md).
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The file name of the built gazetteer inside data/gazetteer.</summary>
    public const string FileName = "gazetteer.tsv.gz";

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> heads;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> demonyms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> commonWords;
    private readonly int[] pairEntry;
    private readonly int[] pairNext;
    private readonly Dictionary<string, int> countries;
    private readonly Dictionary<(string Country, string Other), int> borders;

    private readonly string[] lines;
    private readonly GazetteerEntry?[] parsed;
    private readonly Lazy<Dictionary<string, string[]>> admin2Index;
    private readonly Dictionary<string, string> admin1Names;

    internal Gazetteer(GazetteerData data)
    {
        lines = data.Lines;
        parsed = new GazetteerEntry?[lines.Length];
        admin1Names = data.Admin1Names;
        heads = data.Heads.GetAlternateLookup<ReadOnlySpan<char>>();
        demonyms = data.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        commonWords = data.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        pairEntry = data.PairEntry;
        pairNext = data.PairNext;
        countries = data.Countries;
        borders = data.Borders;
        MaxKeyTokens = data.MaxKeyTokens;
        admin2Index = new Lazy<Dictionary<string, string[]>>(BuildAdmin2Index, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Number of features (rows) in the gazetteer.</summary>
    public int Count => lines.Length;

    /// <summary>The most words in any key, which bounds the matcher's n-grams.</summary>
    internal int MaxKeyTokens { get; }

    /// <summary>Loads a gazetteer file written by the builder.</summary>
    public static Gazetteer Load(string path, CancellationToken cancellationToken = default) =>
        new(GazetteerReader.Read(path, cancellationToken));

    /// <summary>
    /// Loads data/gazetteer/gazetteer.tsv.gz found next to the executable (the CLI ships data/ in its output) or in
    /// the repository (walking up from the executable to the folder holding Sitrep.slnx).
    /// </summary>
    /// <exception cref="FileNotFoundException">When neither place has the file.</exception>
    public static Gazetteer LoadDefault(CancellationToken cancellationToken = default) =>
        Load(FindDefaultPath() ?? throw new FileNotFoundException(
            $"No data/gazetteer/{FileName} next to the executable nor in the repository; run tools/gazetteer/build.sh."),
            cancellationToken);

    /// <summary>The path <see cref="LoadDefault"/> would use, or null when there is none.</summary>
    public static string? FindDefaultPath() => ResourceLocator.Find(Path.Combine("data", "gazetteer", FileName));

    /// <summary>
    /// The entry at <paramref name="index"/>, parsed on first use. Two threads may parse the same row at once;
    /// both get equal values and one is kept, so no lock is needed.
    /// </summary>
    internal GazetteerEntry Entry(int index)
    {
        var entry = Volatile.Read(ref parsed[index]);
        if (entry is null)
        {
            entry = GazetteerReader.ParseEntry(lines[index], admin1Names);
            Volatile.Write(ref parsed[index], entry);
        }

        return entry;
    }

    /// <summary>Adds the indexes of the entries whose key is <paramref name="key"/> (folded) to <paramref name="into"/>.</summary>
    internal bool Find(ReadOnlySpan<char> key, List<int> into)
    {
        if (!heads.TryGetValue(key, out var pair))
        {
            return false;
        }

        for (; pair >= 0; pair = pairNext[pair])
        {
            into.Add(pairEntry[pair]);
        }

        return true;
    }

    /// <summary>True when some entry has this key.</summary>
    internal bool Contains(ReadOnlySpan<char> key) => heads.ContainsKey(key);

    /// <summary>The country entry whose demonym is <paramref name="key"/> ("ecuadorian" → Ecuador), or -1.</summary>
    internal int FindDemonym(ReadOnlySpan<char> key) => demonyms.TryGetValue(key, out var entry) ? entry : -1;

    /// <summary>True for keys that English writes as common words ("police", "best"), which need a locative cue.</summary>
    internal bool IsCommonWord(ReadOnlySpan<char> key) => commonWords.ContainsKey(key);

    /// <summary>True for data/gazetteer/not-places.txt words ("March", "Police"): a place only as "March, England".</summary>
    internal bool IsNeverPlaceAlone(ReadOnlySpan<char> key) => commonWords.TryGetValue(key, out var level) && level > 0;

    /// <summary>
    /// The first-level divisions ("US.GA", "US.OH") that have a second-level division of this folded name ("fulton
    /// county"), or an empty list. The index is built on the first call (one pass over the rows, only when a story names
    /// a county), so loading stays as fast as before.
    /// </summary>
    internal IReadOnlyList<string> Admin1CodesOfAdmin2(string foldedAdmin2) =>
        admin2Index.Value.TryGetValue(foldedAdmin2, out var codes) ? codes : [];

    private Dictionary<string, string[]> BuildAdmin2Index()
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[7];
        foreach (var line in lines)
        {
            var row = line.AsSpan();
            if (row.Length < 2 || row[0] != 'P' || row.Split(fields, '\t') < 7 || row[fields[5]].IsEmpty || row[fields[4]].IsEmpty)
            {
                continue;
            }

            var admin2 = ToponymFolding.Key(row[fields[5]]);
            if (!index.TryGetValue(admin2, out var codes))
            {
                index[admin2] = codes = new HashSet<string>(StringComparer.Ordinal);
            }

            codes.Add(line[fields[4]]);
        }

        return index.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The country entry for an ISO alpha-2 code, or -1.</summary>
    internal int FindCountry(string? alpha2) => alpha2 is not null && countries.TryGetValue(alpha2, out var e) ? e : -1;

    /// <summary>The curated border region of <paramref name="country"/> with <paramref name="other"/>, or -1.</summary>
    internal int FindBorder(string country, string other) => borders.TryGetValue((country, other), out var e) ? e : -1;
}