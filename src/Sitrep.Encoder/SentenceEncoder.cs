using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Encoder;

/// <summary>
/// Turns sentences into <see cref="EncodedSentence"/>s: word pieces with offsets, windows for sentences longer than
/// the model's input, batches sorted by length, and mean pooling into a unit sentence vector.
/// </summary>
internal sealed class SentenceEncoder
{
    /// <summary>Word pieces per window: the 256 positions all-MiniLM-L6-v2 was trained on, less [CLS] and [SEP].</summary>
    public const int WindowPieces = 254;

    /// <summary>How far one window starts after the previous: half a window, so that every piece has context on both sides.</summary>
    public const int WindowStride = WindowPieces / 2;

    // Sequences per ONNX Runtime call: large enough to amortise the call, small enough that length sorting keeps padding low.
    private const int BatchSize = 16;

    private readonly EncoderModel model;
    private readonly WordPieceTokenizer tokenizer;

    public SentenceEncoder(EncoderModel model)
    {
        this.model = model;
        tokenizer = new WordPieceTokenizer(model.Vocabulary);
    }

    public int Dimensions => model.Dimensions;

    /// <summary>Encodes the sentences <paramref name="spans"/> of <paramref name="text"/>, returned in the same order.</summary>
    public EncodedSentence[] Encode(string text, IReadOnlyList<(int Index, TextSpan Span)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var pieces = new WordPiece[spans.Count][];
        var windows = new List<(int Sentence, int First, int[] Ids)>();
        var buffer = new List<WordPiece>();
        for (var s = 0; s < spans.Count; s++)
        {
            buffer.Clear();
            tokenizer.Tokenize(text, spans[s].Span, buffer);
            pieces[s] = [.. buffer];
            foreach (var first in WindowStarts(buffer.Count))
            {
                var count = Math.Min(WindowPieces, buffer.Count - first);
                var ids = new int[count + 2];
                ids[0] = model.Vocabulary.Classify;
                for (var p = 0; p < count; p++)
                {
                    ids[p + 1] = buffer[first + p].Id;
                }

                ids[^1] = model.Vocabulary.Separator;
                windows.Add((s, first, ids));
            }
        }

        // Sorted by length, batches pad little; the sort is stable so equal lengths keep text order.
        var order = windows.Select((w, i) => i).OrderBy(i => windows[i].Ids.Length).ToArray();
        var outputs = new float[windows.Count][];
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var vectors = model.Run([.. batch.Select(i => windows[i].Ids)]);
            for (var b = 0; b < batch.Length; b++)
            {
                outputs[batch[b]] = vectors[b];
            }
        }

        var result = new EncodedSentence[spans.Count];
        var next = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            var firstWindow = next;
            while (next < windows.Count && windows[next].Sentence == s)
            {
                next++;
            }

            result[s] = Assemble(spans[s].Index, pieces[s], windows, outputs, firstWindow, next);
        }

        return result;
    }

    /// <summary>Where each window of a sentence of <paramref name="pieces"/> pieces starts; one window (at 0) when it fits.</summary>
    internal static IEnumerable<int> WindowStarts(int pieces)
    {
        yield return 0;
        for (var first = WindowStride; first + WindowPieces - WindowStride < pieces; first += WindowStride)
        {
            yield return first;
        }
    }

    private EncodedSentence Assemble(
        int sentenceIndex, WordPiece[] pieces, List<(int Sentence, int First, int[] Ids)> windows, float[][] outputs, int from, int to)
    {
        var d = Dimensions;
        var pieceVectors = new float[pieces.Length * d];
        var sentence = new float[d];
        if (to - from == 1)
        {
            // One window: sentence-transformers' mean pooling over every position, [CLS] and [SEP] included, so the
            // sentence vector is the model's published one.
            var rows = outputs[from];
            Array.Copy(rows, d, pieceVectors, 0, pieces.Length * d);
            for (var r = 0; r < rows.Length / d; r++)
            {
                Accumulate(sentence, rows.AsSpan(r * d, d));
            }
        }
        else
        {
            // Several windows: each piece takes its vector from the window in which it lies farthest from an edge
            // (the most context on both sides), and the sentence vector is the mean of the pieces' vectors.
            for (var p = 0; p < pieces.Length; p++)
            {
                var best = from;
                var bestMargin = -1;
                for (var w = from; w < to; w++)
                {
                    var first = windows[w].First;
                    var last = first + windows[w].Ids.Length - 3;
                    if (p >= first && p <= last && Math.Min(p - first, last - p) > bestMargin)
                    {
                        best = w;
                        bestMargin = Math.Min(p - first, last - p);
                    }
                }

                var row = outputs[best].AsSpan((p - windows[best].First + 1) * d, d);
                row.CopyTo(pieceVectors.AsSpan(p * d, d));
                Accumulate(sentence, row);
            }
        }

        Normalize(sentence);
        var spans = pieces.Select(piece => piece.Span).ToImmutableArray();
        return new EncodedSentence(sentenceIndex, spans, pieceVectors, sentence, to - from);
    }

    private static void Accumulate(float[] sum, ReadOnlySpan<float> row)
    {
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += row[i];
        }
    }

    // Unit length (sentence-transformers' Normalize module for this model), so a dot product is the cosine.
    private static void Normalize(float[] vector)
    {
        var squares = 0f;
        foreach (var v in vector)
        {
            squares += v * v;
        }

        var norm = MathF.Sqrt(squares);
        for (var i = 0; norm > 0 && i < vector.Length; i++)
        {
            vector[i] /= norm;
        }
    }
}