using System.Collections.Frozen;

namespace Sitrep.Encoder;

/// <summary>A BERT WordPiece vocabulary (<c>vocab.txt</c>: one piece a line, the line number is its id).</summary>
internal sealed class WordPieceVocabulary
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private readonly string[] pieces;

    private WordPieceVocabulary(FrozenDictionary<string, int> ids, int unknown, int classify, int separator, int padding)
    {
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        pieces = new string[ids.Count];
        foreach (var (piece, id) in ids)
        {
            pieces[id] = piece;
        }
        Count = ids.Count;
        Unknown = unknown;
        Classify = classify;
        Separator = separator;
        Padding = padding;
    }

    /// <summary>Number of pieces.</summary>
    public int Count { get; }

    /// <summary>The id of <c>[UNK]</c>, given to a word no sequence of pieces spells.</summary>
    public int Unknown { get; }

    /// <summary>The id of <c>[CLS]</c>, which opens every input.</summary>
    public int Classify { get; }

    /// <summary>The id of <c>[SEP]</c>, which closes every input.</summary>
    public int Separator { get; }

    /// <summary>The id of <c>[PAD]</c>.</summary>
    public int Padding { get; }

    /// <summary>Reads a vocabulary; <paramref name="source"/> names the file in error messages.</summary>
    public static WordPieceVocabulary Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 0;
        while (reader.ReadLine() is { } piece)
        {
            // Duplicates would make ids ambiguous; BERT's loader keeps the last, which no shipped vocabulary relies on.
            if (!ids.TryAdd(piece, line))
            {
                throw new InvalidDataException($"{source}, line {line + 1}: the piece '{piece}' is listed twice.");
            }

            line++;
        }

        return new WordPieceVocabulary(
            ids.ToFrozenDictionary(StringComparer.Ordinal),
            Required(ids, "[UNK]", source),
            Required(ids, "[CLS]", source),
            Required(ids, "[SEP]", source),
            Required(ids, "[PAD]", source));
    }

    /// <summary>The id of <paramref name="piece"/>, or -1.</summary>
    public int IdOf(ReadOnlySpan<char> piece) => lookup.TryGetValue(piece, out var id) ? id : -1;

    /// <summary>The piece with id <paramref name="id"/> (continuations keep their "##").</summary>
    public string PieceOf(int id) => pieces[id];

    private static int Required(Dictionary<string, int> ids, string piece, string source) =>
        ids.TryGetValue(piece, out var id) ? id : throw new InvalidDataException($"{source}: the vocabulary has no {piece} piece.");
}