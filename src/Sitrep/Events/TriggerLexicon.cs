using System.Collections.Frozen;
using System.Reflection;

namespace Sitrep.Events;

/// <summary>
/// The trigger lexicon (data/events/triggers.tsv, compiled in): lemma sequences mapped to PLOVER types and modes,
/// indexed by their first lemma.
/// </summary>
public sealed class TriggerLexicon
{
    private const string ResourceName = "Sitrep.Events.triggers.tsv";

    private TriggerLexicon(FrozenDictionary<string, TriggerEntry[]> byFirst, int count, EventWordClasses words)
    {
        ByFirst = byFirst;
        Count = count;
        Words = words;
    }

    /// <summary>The word classes the stage's sanity checks read (data/events/sanity.tsv).</summary>
    public EventWordClasses Words { get; }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    internal FrozenDictionary<string, TriggerEntry[]> ByFirst { get; }

    /// <summary>Loads the compiled-in table.</summary>
    public static TriggerLexicon LoadDefault()
    {
        using var stream = typeof(TriggerLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().FullName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), EventWordClasses.LoadDefault());
    }

    /// <summary>
    /// Parses rows of <c>form TAB type TAB mode TAB flags TAB source</c>; '#' starts a comment line. The sanity checks
    /// read <paramref name="words"/>, or the compiled-in classes when null.
    /// </summary>
    public static TriggerLexicon Parse(string tsv, EventWordClasses? words = null)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var rows = new Dictionary<string, List<TriggerEntry>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 5 || !PloverTypeNames.TryParse(cells[1], out var type))
            {
                throw new FormatException($"triggers.tsv: malformed row '{line}'.");
            }

            var flags = TriggerFlags.None;
            foreach (var flag in cells[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                flags |= flag switch
                {
                    "noun" => TriggerFlags.Noun,
                    "weak" => TriggerFlags.Weak,
                    "statement" => TriggerFlags.Statement,
                    _ => TriggerFlags.None,
                };
            }

            var lemmas = cells[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var entry = new TriggerEntry(lemmas, type, cells[2] == "-" ? null : cells[2], flags, cells[4]);
            if (!rows.TryGetValue(lemmas[0], out var list))
            {
                rows[lemmas[0]] = list = [];
            }

            list.Add(entry);
            count++;
        }

        // Longer forms first, so "hunger strike" wins over "strike" … well, over "hunger" — and "held talk" over "talk".
        return new TriggerLexicon(
            rows.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Lemmas.Count).ToArray(), StringComparer.Ordinal),
            count,
            words ?? EventWordClasses.LoadDefault());
    }
}