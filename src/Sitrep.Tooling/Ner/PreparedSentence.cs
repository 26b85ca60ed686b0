using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>A <see cref="NerSentence"/> laid out as text and tokens, the way the tagger sees a document.</summary>
internal sealed class PreparedSentence
{
    public PreparedSentence(NerSentence sentence)
    {
        var words = sentence.Words;
        Text = string.Join(' ', words);
        var starts = new int[words.Length];
        var ends = new int[words.Length];
        var kinds = new TokenKind[words.Length];
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            starts[i] = offset;
            ends[i] = offset + words[i].Length;
            offset = ends[i] + 1;
        }

        Tokens = new TokenLayer(starts, ends, kinds, words.Length);
        Gold = [.. sentence.Labels.Select(l => NerLabels.Parse(l))];
        Corpus = sentence.Corpus;
    }

    public string Text { get; }

    public TokenLayer Tokens { get; }

    public int[] Gold { get; }

    public string Corpus { get; }
}