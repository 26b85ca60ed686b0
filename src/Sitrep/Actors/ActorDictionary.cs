using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Actors;

/// <summary>
/// The read-only actor dictionary: named actors with dated roles, countries with their demonyms, and generic agent
/// nouns with sectors. Built by tools/actors/build.sh into data/actors/actors.tsv.gz (sources in
/// data/actors/SOURCES.md). Load it once and share it: it is immutable and thread-safe.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "An actor dictionary is the term of event-data coding (PETRARCH, CAMEO); it is not a collection type.")]
public sealed class ActorDictionary
{
    /// <summary>Where the built dictionary lives, relative to the repository or the executable.</summary>
    public const string RelativePath = "data/actors/actors.tsv.gz";

    // Actor rows stay as text until asked for: a load only folds their names into keys.
    private readonly string[] entryLines;
    private readonly ActorEntry?[] entries;
    // Postings: key → last posting; a posting is (entry, previous posting). A plain Dictionary builds much faster
    // than a FrozenDictionary for ~100k keys, and lookups are rare next to loading.
    private readonly Dictionary<string, int> entriesByKey;
    private readonly int[] postingEntry;
    private readonly int[] postingNext;
    private readonly FrozenDictionary<string, CountryActors> countriesByKey;
    private readonly FrozenDictionary<string, CountryActors> countriesByCode;
    private readonly FrozenDictionary<string, AgentNoun> agentsByKey;

    private ActorDictionary(string[] entryLines, Dictionary<string, int> entriesByKey, List<int> postingEntry, List<int> postingNext, List<CountryActors> countries, Dictionary<string, AgentNoun> agents)
    {
        this.entryLines = entryLines;
        entries = new ActorEntry?[entryLines.Length];
        this.entriesByKey = entriesByKey;
        this.postingEntry = [.. postingEntry];
        this.postingNext = [.. postingNext];
        countriesByCode = countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        var byKey = new Dictionary<string, CountryActors>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            // The canonical name and demonyms win over the looser phrases of another country's block.
            foreach (var name in country.Demonyms.Prepend(country.Name))
            {
                byKey[ActorKey.Fold(name)] = country;
            }
        }

        foreach (var country in countries)
        {
            foreach (var name in country.Names)
            {
                byKey.TryAdd(ActorKey.Fold(name), country);
            }
        }

        byKey.Remove(string.Empty);
        countriesByKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        agentsByKey = agents.ToFrozenDictionary(StringComparer.Ordinal);
        AgentLastWords = agentsByKey.Keys.Select(k => k[(k.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
        MaxEntryWords = MaxWords(this.entriesByKey.Keys);
        MaxCountryWords = MaxWords(countriesByKey.Keys);
        MaxAgentWords = MaxWords(agentsByKey.Keys);
    }

    /// <summary>Number of named actors.</summary>
    public int Count => entryLines.Length;

    /// <summary>Number of countries.</summary>
    public int CountryCount => countriesByCode.Count;

    /// <summary>Number of agent noun forms.</summary>
    public int AgentCount => agentsByKey.Count;

    internal int MaxEntryWords { get; }

    internal int MaxCountryWords { get; }

    internal int MaxAgentWords { get; }

    /// <summary>The last folded word of every agent noun form: a phrase can only be an agent if it ends in one.</summary>
    internal FrozenSet<string> AgentLastWords { get; }

    /// <summary>Loads a dictionary file written by the builder (gzip'd TSV).</summary>
    public static ActorDictionary Load(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return Parse(reader, cancellationToken);
    }

    /// <summary>Loads data/actors/actors.tsv.gz next to the executable or in the repository.</summary>
    /// <exception cref="FileNotFoundException">When there is none; run tools/actors/build.sh.</exception>
    public static ActorDictionary LoadDefault(CancellationToken cancellationToken = default) =>
        Load(ResourceLocator.Require(RelativePath), cancellationToken);

    /// <summary>All named actors one of whose names folds to the same key as <paramref name="name"/>.</summary>
    public IReadOnlyList<ActorEntry> FindAll(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindByKey(ActorKey.FoldWithoutArticle(name)) is { } ids ? [.. ids.Select(Entry)] : [];
    }

    /// <summary>
    /// The named actor called <paramref name="name"/>, preferring one holding a dated role on <paramref name="date"/>,
    /// then the first in dictionary order (the curated supplement comes first). Null when none.
    /// </summary>
    public ActorEntry? Find(string name, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindByKey(ActorKey.FoldWithoutArticle(name)) is { } ids ? Best(ids, date) : null;
    }

    /// <summary>The country named or qualified by <paramref name="name"/> ("Ecuador", "Ecuadorian", "U.S."), or null.</summary>
    public CountryActors? FindCountry(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindCountryByKey(ActorKey.FoldWithoutArticle(name));
    }

    /// <summary>The country with ISO alpha-2 <paramref name="code"/>, or null.</summary>
    public CountryActors? Country(string code) => countriesByCode.GetValueOrDefault(code);

    internal int[]? FindByKey(string key)
    {
        if (!entriesByKey.TryGetValue(key, out var posting))
        {
            return null;
        }

        var ids = new List<int>(2);
        for (; posting >= 0; posting = postingNext[posting])
        {
            ids.Add(postingEntry[posting]);
        }

        ids.Reverse();
        return [.. ids];
    }

    internal CountryActors? FindCountryByKey(string key) => countriesByKey.GetValueOrDefault(key);

    internal AgentNoun? FindAgentByKey(string key) => agentsByKey.TryGetValue(key, out var agent) ? agent : null;

    internal ActorEntry Best(int[] ids, DateOnly? date)
    {
        if (date is DateOnly day)
        {
            foreach (var id in ids)
            {
                if (Entry(id).HasRoleOn(day))
                {
                    return Entry(id);
                }
            }
        }

        return Entry(ids[0]);
    }

    // Parsing is idempotent, so a race between threads only builds the same entry twice.
    private ActorEntry Entry(int id) => entries[id] ??= ParseEntry(entryLines[id]);

    private static ActorEntry ParseEntry(string line)
    {
        var f = line.Split('\t');
        return new ActorEntry(f[1], f[2], Split(f[5]), Blank(f[3]), Enum.Parse<ActorSector>(f[4]), ParseRoles(f[6]));
    }

    /// <summary>Reads the builder's TSV: "C" country, "A" actor and "G" agent rows (see ActorDictionaryFormat in tools/).</summary>
    internal static ActorDictionary Parse(TextReader reader, CancellationToken cancellationToken = default)
    {
        var entries = new List<string>();
        var byKey = new Dictionary<string, int>(150_000, StringComparer.Ordinal);
        var postingEntry = new List<int>(150_000);
        var postingNext = new List<int>(150_000);
        var countries = new List<CountryActors>();
        var agents = new Dictionary<string, AgentNoun>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            if ((++lineNumber & 0xfff) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (line.Length < 2 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "C" when f.Length >= 5:
                    countries.Add(new CountryActors(f[1], f[2], Split(f[3]), Split(f[4])));
                    break;
                case "G" when f.Length >= 4 && Enum.TryParse<ActorSector>(f[2], out var agentSector):
                    agents.TryAdd(f[1], new AgentNoun(agentSector, f[3] == "P"));
                    break;
                case "A" when f.Length >= 7 && Enum.TryParse<ActorSector>(f[4], out _) && f[1].Length > 0 && f[2].Trim().Length > 0:
                    var index = entries.Count;
                    entries.Add(line);
                    var aliases = f[5].Length == 0 ? [] : f[5].Split('|');
                    for (var n = -1; n < aliases.Length; n++)
                    {
                        var key = ActorKey.FoldWithoutArticle(n < 0 ? f[2] : aliases[n]);
                        if (key.Length == 0)
                        {
                            continue;
                        }

                        var previous = byKey.TryGetValue(key, out var head) ? head : -1;
                        if (previous >= 0 && postingEntry[previous] == index)
                        {
                            continue;
                        }

                        byKey[key] = postingEntry.Count;
                        postingEntry.Add(index);
                        postingNext.Add(previous);
                    }

                    break;
                default:
                    break;
            }
        }

        return new ActorDictionary([.. entries], byKey, postingEntry, postingNext, countries, agents);
    }

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|');

    private static string? Blank(string field) => field.Length == 0 ? null : field;

    private static ActorRole[] ParseRoles(string field)
    {
        if (field.Length == 0)
        {
            return [];
        }

        var roles = new List<ActorRole>();
        foreach (var part in field.Split(';'))
        {
            var p = part.Split(',');
            if (p.Length == 4 && Enum.TryParse<ActorSector>(p[1], out var sector))
            {
                roles.Add(new ActorRole(Blank(p[0]), sector, ParseDate(p[2]), ParseDate(p[3])));
            }
        }

        return [.. roles];
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int MaxWords(IEnumerable<string> keys) => keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
}