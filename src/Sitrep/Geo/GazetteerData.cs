namespace Sitrep.Geo;

/// <summary>The tables <see cref="GazetteerReader"/> builds and <see cref="Gazetteer"/> owns.</summary>
internal sealed record GazetteerData(
    GazetteerEntry[] Entries,
    Dictionary<string, int> Heads,
    int[] PairEntry,
    int[] PairNext,
    Dictionary<string, int> Demonyms,
    Dictionary<string, int> CommonWords,
    Dictionary<string, int> Countries,
    Dictionary<(string Country, string Other), int> Borders,
    Dictionary<string, int> Admin1ByCode,
    int MaxKeyTokens);
