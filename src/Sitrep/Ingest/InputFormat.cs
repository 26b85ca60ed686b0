namespace Sitrep.Ingest;

/// <summary>The kinds of input <see cref="InputReader"/> understands.</summary>
internal enum InputFormat
{
    /// <summary>A plain-text article (input conventions of ARCHITECTURE.md).</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>JSON Lines: one article object a line.</summary>
    JsonLines,

    /// <summary>A JSON file: one article object or an array of them.</summary>
    Json,

    /// <summary>A CSV file with a header row.</summary>
    Csv,

    /// <summary>An RSS 2.0, RSS 1.0 or Atom feed.</summary>
    Feed,

    /// <summary>An OPML list of feeds.</summary>
    Opml,
}