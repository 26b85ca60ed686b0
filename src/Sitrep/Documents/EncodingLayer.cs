using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>
/// The pretrained encoder's vectors for the sentences it was asked to encode (docs/encoder.md says which): encoded
/// once, read by every later stage, never recomputed.
/// </summary>
public sealed class EncodingLayer : IDocumentLayer
{
    private readonly int[] bySentence;

    /// <summary>Creates the layer.</summary>
    /// <param name="model">The encoder's name, as its model card names it.</param>
    /// <param name="sentenceCount">How many sentences the document has (encoded or not).</param>
    /// <param name="encoded">The encoded sentences, ascending by sentence index.</param>
    public EncodingLayer(string model, int sentenceCount, ImmutableArray<EncodedSentence> encoded)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentOutOfRangeException.ThrowIfNegative(sentenceCount);
        bySentence = new int[sentenceCount];
        Array.Fill(bySentence, -1);
        for (var i = 0; i < encoded.Length; i++)
        {
            var index = encoded[i].SentenceIndex;
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, sentenceCount, nameof(encoded));
            if (i > 0 && index <= encoded[i - 1].SentenceIndex)
            {
                throw new ArgumentException("Encoded sentences are listed once each, ascending.", nameof(encoded));
            }

            bySentence[index] = i;
        }

        Model = model;
        Encoded = encoded;
    }

    /// <inheritdoc/>
    public string Name => "encoding";

    /// <summary>The encoder's name.</summary>
    public string Model { get; }

    /// <summary>The encoded sentences, ascending by sentence index.</summary>
    public ImmutableArray<EncodedSentence> Encoded { get; }

    /// <summary>How many sentences the document has, encoded or not.</summary>
    public int SentenceCount => bySentence.Length;

    /// <summary>Word pieces over all encoded sentences.</summary>
    public int WordPieceCount => Encoded.Sum(s => s.Pieces.Length);

    /// <summary>The encoding of sentence <paramref name="sentenceIndex"/>, or null when it was not selected for encoding.</summary>
    public EncodedSentence? ForSentence(int sentenceIndex) =>
        sentenceIndex >= 0 && sentenceIndex < bySentence.Length && bySentence[sentenceIndex] >= 0 ? Encoded[bySentence[sentenceIndex]] : null;
}