using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>
/// One sentence as the pretrained encoder saw it: its word pieces with their character offsets, one contextual vector
/// per word piece and one vector for the whole sentence.
/// </summary>
public sealed class EncodedSentence
{
    private readonly float[] pieceVectors;
    private readonly float[] sentenceVector;

    /// <summary>Creates an encoded sentence; the arrays are not copied and must not be changed afterwards.</summary>
    /// <param name="sentenceIndex">The sentence's index in the <see cref="SentenceLayer"/>.</param>
    /// <param name="pieces">The word pieces' offsets into the document text, in text order.</param>
    /// <param name="pieceVectors">The pieces' vectors, row by row (<c>pieces.Length × dimensions</c>).</param>
    /// <param name="sentenceVector">The sentence vector (<c>dimensions</c> values, unit length).</param>
    /// <param name="windows">How many encoder windows the sentence needed (more than one for a sentence longer than one window).</param>
    public EncodedSentence(int sentenceIndex, ImmutableArray<TextSpan> pieces, float[] pieceVectors, float[] sentenceVector, int windows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentenceIndex);
        ArgumentNullException.ThrowIfNull(pieceVectors);
        ArgumentNullException.ThrowIfNull(sentenceVector);
        ArgumentOutOfRangeException.ThrowIfZero(sentenceVector.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(windows, pieces.IsEmpty ? 0 : 1);
        if (pieceVectors.Length != pieces.Length * sentenceVector.Length)
        {
            throw new ArgumentException(
                $"{pieces.Length} pieces of {sentenceVector.Length} dimensions need {pieces.Length * sentenceVector.Length} values, not {pieceVectors.Length}.",
                nameof(pieceVectors));
        }

        SentenceIndex = sentenceIndex;
        Pieces = pieces;
        this.pieceVectors = pieceVectors;
        this.sentenceVector = sentenceVector;
        Windows = windows;
    }

    /// <summary>The sentence's index in the <see cref="SentenceLayer"/>.</summary>
    public int SentenceIndex { get; }

    /// <summary>The word pieces' character offsets in the document text (several pieces may share one word).</summary>
    public ImmutableArray<TextSpan> Pieces { get; }

    /// <summary>How many encoder windows the sentence needed.</summary>
    public int Windows { get; }

    /// <summary>The length of every vector.</summary>
    public int Dimensions => sentenceVector.Length;

    /// <summary>The sentence vector, unit length, so that a dot product is the cosine.</summary>
    public ReadOnlySpan<float> SentenceVector => sentenceVector;

    /// <summary>The contextual vector of word piece <paramref name="piece"/>.</summary>
    public ReadOnlySpan<float> PieceVector(int piece)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)piece, (uint)Pieces.Length, nameof(piece));
        return pieceVectors.AsSpan(piece * Dimensions, Dimensions);
    }
}