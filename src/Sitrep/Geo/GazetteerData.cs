namespace Sitrep.Geo;

/// <summary>The tables <see cref="GazetteerReader"/> builds and <see cref="Gazetteer"/> owns.</summary>
/// <remarks>
/// Rows are kept as their text lines and parsed into <see cref="GazetteerEntry"/> on first use: a document touches
/// a few hundred of the 140,000 rows, and parsing them all at start-up was most of the load time.
/// </remarks>
internal sealed record GazetteerData(
    string[] Lines,
    Dictionary<string, int> Heads,
    int[] PairEntry,
    int[] PairNext,
    Dictionary<string, int> Demonyms,
    Dictionary<string, int> CommonWords,
    Dictionary<string, int> Countries,
    Dictionary<(string Country, string Other), int> Borders,
    Dictionary<string, int> Admin1ByCode,
    Dictionary<string, string> Admin1Names,
    int MaxKeyTokens);