using System.Collections.Frozen;

namespace Sitrep.Geo;

/// <summary>
/// data/gazetteer/place-heads.tsv: the suffixes of second-level divisions ("County", "Parish") and the heads of the
/// appositive "the Red Sea port city of Jeddah". Folded forms, matched word by word.
/// </summary>
internal sealed class PlaceHeads
{
    private PlaceHeads(FrozenSet<string> admin2Suffixes, string[][] settlementHeads, FrozenSet<string> divisions, FrozenDictionary<string, string> stateAbbreviations)
    {
        StateAbbreviations = stateAbbreviations;
        Admin2Suffixes = admin2Suffixes;
        SettlementHeads = settlementHeads;
        Divisions = divisions;
    }

    public static PlaceHeads Default { get; } = Load();

    public FrozenSet<string> Admin2Suffixes { get; }

    /// <summary>Folded AP state abbreviations ("ill", "n y") → GeoNames admin1 code ("US.IL").</summary>
    public FrozenDictionary<string, string> StateAbbreviations { get; }

    /// <summary>The admin1 code of an AP state abbreviation starting at token <paramref name="first"/> ("Ill.", "N.Y."), or null.</summary>
    public string? StateAt(ToponymText text, int first)
    {
        if (first >= text.Tokens.Length)
        {
            return null;
        }

        var lookup = StateAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (first + 1 < text.Tokens.Length && text.Tokens[first].End - text.Tokens[first].Start == 1 && text.IsContiguous(first, first + 1)
            && lookup.TryGetValue(text.Key(first, first + 1), out var two))
        {
            return two;
        }

        // The abbreviation's period is part of it: "Miss." is Mississippi, "Miss Smith" is not.
        var token = text.Tokens[first];
        return token.End < text.Text.Length && text.Text[token.End] == '.' && token.Capitalised && lookup.TryGetValue(text.Word(first), out var one) ? one : null;
    }

    /// <summary>Lower-case words after a name that make it a division ("the Middle Shabelle region", "Fayette county").</summary>
    public FrozenSet<string> Divisions { get; }

    /// <summary>Each head as its words, longest first ("port city" before "city").</summary>
    public string[][] SettlementHeads { get; }

    /// <summary>
    /// The first token of a settlement head that ends at token <paramref name="last"/> ("port city" ending at "city"),
    /// or -1.
    /// </summary>
    public int HeadEndingAt(ToponymText text, int last)
    {
        foreach (var head in SettlementHeads)
        {
            var first = last - head.Length + 1;
            if (first < 0 || !text.IsContiguous(first, last))
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < head.Length && all; k++)
            {
                all = text.Word(first + k).SequenceEqual(head[k]) && !text.Tokens[first + k].Capitalised;
            }

            if (all)
            {
                return first;
            }
        }

        return -1;
    }

    private static PlaceHeads Load()
    {
        using var stream = typeof(PlaceHeads).Assembly.GetManifestResourceStream("Sitrep.Geo.place-heads.tsv")
            ?? throw new InvalidOperationException("Resource place-heads.tsv is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var suffixes = new List<string>();
        var heads = new List<string[]>();
        var divisions = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var words = ToponymFolding.Key(fields[1]);
            if (fields[0] == "admin2-suffix")
            {
                suffixes.Add(words);
            }
            else if (fields[0] == "settlement-head")
            {
                heads.Add(words.Split(' '));
            }
            else if (fields[0] == "division")
            {
                divisions.Add(words);
            }
        }

        return new PlaceHeads(
            suffixes.ToFrozenSet(StringComparer.Ordinal),
            [.. heads.OrderByDescending(h => h.Length).ThenBy(h => string.Join(' ', h), StringComparer.Ordinal)],
            divisions.Concat(suffixes).ToFrozenSet(StringComparer.Ordinal),
            LoadStates());
    }

    private static FrozenDictionary<string, string> LoadStates()
    {
        using var stream = typeof(PlaceHeads).Assembly.GetManifestResourceStream("Sitrep.Geo.state-abbreviations.tsv")
            ?? throw new InvalidOperationException("Resource state-abbreviations.tsv is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                var fields = line.Split('\t');
                states[ToponymFolding.Key(fields[0])] = fields[1];
            }
        }

        return states.ToFrozenDictionary(StringComparer.Ordinal);
    }
}