using Sitrep.Documents;

namespace Sitrep.Encoder;

/// <summary>What the encoder did over a set of analysed documents: the share of sentences it encoded and their size.</summary>
/// <param name="Sentences">Sentences in the documents.</param>
/// <param name="EncodedSentences">Sentences encoded.</param>
/// <param name="Windows">Encoder windows (more than the encoded sentences when long sentences were windowed).</param>
/// <param name="WordPieces">Word pieces of the encoded sentences.</param>
/// <param name="EncodedTokens">Tokens (Sitrep's, spaCy's "words") of the encoded sentences.</param>
/// <param name="Tokens">Tokens of the whole documents.</param>
public sealed record EncoderWorkload(long Sentences, long EncodedSentences, long Windows, long WordPieces, long EncodedTokens, long Tokens)
{
    /// <summary>Encoded sentences over all sentences.</summary>
    public double EncodedShare => Sentences == 0 ? 0 : EncodedSentences / (double)Sentences;

    /// <summary>Sums the encoding layers of <paramref name="documents"/> (documents without one count as not encoded).</summary>
    public static EncoderWorkload Of(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        long sentences = 0, encoded = 0, windows = 0, pieces = 0, encodedTokens = 0, tokens = 0;
        foreach (var document in documents)
        {
            tokens += document.TryGet<TokenLayer>()?.Count ?? 0;
            if (document.TryGet<SentenceLayer>() is not { } layer)
            {
                continue;
            }

            sentences += layer.Count;
            if (document.TryGet<EncodingLayer>() is not { } encoding)
            {
                continue;
            }

            foreach (var sentence in encoding.Encoded)
            {
                encoded++;
                windows += sentence.Windows;
                pieces += sentence.Pieces.Length;
                encodedTokens += layer.Sentences[sentence.SentenceIndex].TokenCount;
            }
        }

        return new EncoderWorkload(sentences, encoded, windows, pieces, encodedTokens, tokens);
    }
}