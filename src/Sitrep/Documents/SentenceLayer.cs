using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>The sentences of a document in text order; they do not overlap and every token is in exactly one.</summary>
public sealed class SentenceLayer : IDocumentLayer
{
    /// <summary>Creates the layer.</summary>
    public SentenceLayer(ImmutableArray<Sentence> sentences) => Sentences = sentences;

    /// <inheritdoc/>
    public string Name => "sentences";

    /// <summary>The sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Number of sentences.</summary>
    public int Count => Sentences.Length;

    /// <summary>Index of the sentence containing character <paramref name="offset"/>, or of the next one when it falls between sentences; -1 after the last.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Sentences.Length ? lo : -1;
    }
}