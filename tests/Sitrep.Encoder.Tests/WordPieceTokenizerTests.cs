using System.Globalization;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Encoder.Tests;

public sealed class WordPieceTokenizerTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    [Theory]
    [InlineData("U.S. forces struck Sucumbíos.", "u|.|s|.|forces|struck|su|##cum|##bio|##s|.")]
    // Hugging Face's BertTokenizer (bert-base-uncased, the vocabulary MiniLM shares) gives una/##ffa/##ble.
    [InlineData("unaffable", "una|##ffa|##ble")]
    [InlineData("“Dozens” were killed—at least 12!", "“|dozens|”|were|killed|—|at|least|12|!")]
    [InlineData("São Paulo's mayor", "sao|paulo|'|s|mayor")]
    public void Splits_like_bert_uncased(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Pieces(text).Select(p => p.Piece)));
    }

    [Theory]
    [InlineData("U.S. and Ecuadorian forces carried out a strike in Sucumbíos on Friday, the Pentagon said.")]
    [InlineData("Comandos de la Frontera (CDF) — “Border Commandos” — lost 6 men; ÉLÈVE naïve café.")]
    [InlineData("Tab\tand soft\u00ADhyphen and emoji 🙂 and 北京 and İstanbul")]
    public void Every_piece_spells_its_own_characters(string text)
    {
        var pieces = Pieces(text);
        var previousEnd = 0;
        foreach (var (span, piece) in pieces)
        {
            Assert.True(span.Start >= previousEnd, $"{span} overlaps the previous piece");
            previousEnd = span.End;
            if (piece == "[UNK]")
            {
                continue;
            }

            // The original characters, normalised as the tokenizer normalises them, are the piece (less its "##").
            Assert.Equal(piece.TrimStart('#').Length == 0 ? piece : piece.StartsWith("##", StringComparison.Ordinal) ? piece[2..] : piece, Normalise(span.Of(text).ToString()));
        }

        // Nothing but white space and dropped format characters lies between pieces.
        var covered = new bool[text.Length];
        foreach (var (span, _) in pieces)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                covered[i] = true;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.Format, $"character {i} '{text[i]}' is in no piece");
        }
    }

    private List<(TextSpan Span, string Piece)> Pieces(string text)
    {
        var vocabulary = VocabularyOf(fixture.Float32);
        var pieces = new List<WordPiece>();
        new WordPieceTokenizer(vocabulary).Tokenize(text, new TextSpan(0, text.Length), pieces);
        return [.. pieces.Select(p => (p.Span, vocabulary.PieceOf(p.Id)))];
    }

    private static WordPieceVocabulary VocabularyOf(PretrainedEncoder encoder) => encoder.Vocabulary;

    private static string Normalise(string original)
    {
        var builder = new StringBuilder();
        foreach (var c in original)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format && AccentStripping.TryStrip(c, out var stripped))
            {
                builder.Append(stripped);
            }
        }

        return builder.ToString();
    }
}