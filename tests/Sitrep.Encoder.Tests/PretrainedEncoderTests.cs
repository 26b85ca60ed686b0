namespace Sitrep.Encoder.Tests;

public sealed class PretrainedEncoderTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    private const string Strike = "U.S. and Ecuadorian forces carried out a strike on a rebel camp near the Colombian border on Friday.";
    private const string Paraphrase = "On Friday American and Ecuadorian troops attacked a guerrilla camp close to the frontier with Colombia.";
    private const string Unrelated = "The central bank left interest rates unchanged as inflation eased in the spring.";

    [Theory]
    [InlineData(EncoderPrecision.Float32)]
    [InlineData(EncoderPrecision.Int8)]
    public void A_paraphrase_is_closer_than_an_unrelated_sentence(EncoderPrecision precision)
    {
        var encoder = precision == EncoderPrecision.Float32 ? fixture.Float32 : fixture.Int8;
        var strike = encoder.EncodeText(Strike).SentenceVector;
        var paraphrase = VectorMath.Cosine(strike, encoder.EncodeText(Paraphrase).SentenceVector);
        var unrelated = VectorMath.Cosine(strike, encoder.EncodeText(Unrelated).SentenceVector);
        Assert.True(paraphrase > 0.6, $"paraphrase cosine {paraphrase:0.000}");
        Assert.True(unrelated < 0.2, $"unrelated cosine {unrelated:0.000}");
    }

    [Fact]
    public void Sentence_vectors_are_unit_length_and_384_wide()
    {
        var encoded = fixture.Float32.EncodeText(Strike);
        Assert.Equal(384, encoded.Dimensions);
        Assert.Equal(1.0, Math.Sqrt(VectorMath.Cosine(encoded.SentenceVector, encoded.SentenceVector)), 3);
        var norm = 0.0;
        foreach (var v in encoded.SentenceVector)
        {
            norm += v * v;
        }

        Assert.Equal(1.0, norm, 3);
    }

    [Fact]
    public void Token_vectors_are_contextual()
    {
        // "strike" as an attack and as a labour action: the same word piece, different vectors.
        var military = fixture.Float32.EncodeText("The air strike killed six fighters.");
        var labour = fixture.Float32.EncodeText("The workers went on strike for higher pay.");
        var a = PieceVector(military, "The air strike killed six fighters.", "strike");
        var b = PieceVector(labour, "The workers went on strike for higher pay.", "strike");
        Assert.True(VectorMath.Cosine(a, b) < 0.95, $"cosine {VectorMath.Cosine(a, b):0.000}");
    }

    [Fact]
    public void Int8_vectors_stay_close_to_fp32()
    {
        foreach (var text in new[] { Strike, Paraphrase, Unrelated })
        {
            var cosine = VectorMath.Cosine(fixture.Float32.EncodeText(text).SentenceVector, fixture.Int8.EncodeText(text).SentenceVector);
            Assert.True(cosine > 0.98, $"{text}: fp32 vs int8 cosine {cosine:0.0000}");
        }
    }

    [Fact]
    public void A_thousand_word_sentence_is_windowed_not_truncated()
    {
        var words = Enumerable.Range(0, 1000).Select(i => i % 10 == 9 ? "Sucumbíos" : i % 2 == 0 ? "troops" : "advanced");
        var text = string.Join(' ', words) + " and the last word is yesterday";
        var encoded = fixture.Float32.EncodeText(text);
        Assert.True(encoded.Pieces.Length > 1000);
        // Windows of 254 pieces every 127: the last one ends at or after the last piece.
        Assert.Equal((int)Math.Ceiling(encoded.Pieces.Length / 127.0) - 1, encoded.Windows);
        Assert.Equal(text.Length, encoded.Pieces[^1].End);
        Assert.Equal("yesterday", encoded.Pieces[^1].Of(text).ToString());
        for (var p = 0; p < encoded.Pieces.Length; p++)
        {
            Assert.Contains(encoded.PieceVector(p).ToArray(), v => v != 0);
        }

        // The same word in the middle of the sentence has a vector close to one of its early occurrences: windows agree.
        var early = PieceVector(encoded, text, "troops", 200);
        var late = PieceVector(encoded, text, "troops", 800);
        Assert.True(VectorMath.Cosine(early, late) > 0.8, $"cosine {VectorMath.Cosine(early, late):0.000}");
    }

    private static float[] PieceVector(Documents.EncodedSentence encoded, string text, string word, int from = 0)
    {
        var start = text.IndexOf(word, NthWordOffset(text, from), StringComparison.Ordinal);
        var piece = encoded.Pieces.IndexOf(new Documents.TextSpan(start, start + word.Length));
        Assert.True(piece >= 0, $"no piece spells '{word}' at {start}");
        return encoded.PieceVector(piece).ToArray();
    }

    private static int NthWordOffset(string text, int n)
    {
        var offset = 0;
        for (var i = 0; i < n; i++)
        {
            offset = text.IndexOf(' ', offset) + 1;
        }

        return offset;
    }
}