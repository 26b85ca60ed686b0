using System.Collections.Immutable;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Storage;
using static Sitrep.Tests.Clustering.TestMentions;

namespace Sitrep.Tests.Clustering;

public sealed class EvidenceVectorTests
{
    [Fact]
    public void The_vector_of_several_sentences_is_their_renormalised_mean()
    {
        var layer = Layer(sentenceCount: 4, (0, [1, 0, 0]), (2, [0, 1, 0]));

        var vector = EvidenceVector.Of(layer, [0, 2])!;

        // (1, 1, 0) / √2 × 127 = 89.8 → 90.
        Assert.Equal([90, 90, 0], vector.Select(b => (int)(sbyte)b));
        Assert.Equal(Math.Sqrt(0.5), EvidenceVector.Cosine(vector, EvidenceVector.Of(layer, [0]))!.Value, 2);
    }

    [Fact]
    public void Sentences_not_encoded_give_no_vector_and_no_cosine()
    {
        var layer = Layer(sentenceCount: 3, (1, [0, 0, 1]));

        Assert.Null(EvidenceVector.Of(layer, [0, 2]));
        Assert.Null(EvidenceVector.Of(null, [1]));
        Assert.Null(EvidenceVector.Cosine(EvidenceVector.Of(layer, [1]), null));
        Assert.Equal(1.0, EvidenceVector.Cosine(EvidenceVector.Of(layer, [1]), EvidenceVector.Of(layer, [1, 2]))!.Value, 6);
    }

    [Fact]
    public void Similar_meaning_raises_the_score_and_unrelated_meaning_lowers_it()
    {
        var a = Mention("a", date: Day(2026, 3, 6), place: Sucumbios);
        var b = Mention("b", date: Day(2026, 3, 6), place: Sucumbios);
        var similarity = new MentionSimilarity(0.35);
        var without = similarity.Score(a, b).Value;

        var same = similarity.Score(a with { EvidenceVector = Unit(1, 0) }, b with { EvidenceVector = Unit(1, 0) });
        var unrelated = similarity.Score(a with { EvidenceVector = Unit(1, 0) }, b with { EvidenceVector = Unit(0, 1) });
        var oneSided = similarity.Score(a with { EvidenceVector = Unit(1, 0) }, b);

        Assert.Equal((0.65 * without) + 0.35, same.Value, 6);
        Assert.Equal(0.65 * without, unrelated.Value, 6);
        Assert.Equal(without, oneSided.Value, 6);
        Assert.Contains("meaning 1.00", same.Reason, StringComparison.Ordinal);
        Assert.Equal(without, new MentionSimilarity(0).Score(a with { EvidenceVector = Unit(1, 0) }, b with { EvidenceVector = Unit(0, 1) }).Value, 6);
    }

    [Fact]
    public void The_vector_survives_the_store()
    {
        var mention = Mention("a") with { EvidenceVector = Unit(3, -4) };

        var stored = EventStoreJson.Read<MentionRecord>(EventStoreJson.Write(mention));

        Assert.Equal(mention.EvidenceVector, stored.EvidenceVector);
    }

    [Fact]
    public void The_layer_rejects_sentences_out_of_order()
    {
        Assert.Throws<ArgumentException>(() => Layer(sentenceCount: 3, (2, [1, 0, 0]), (1, [0, 1, 0])));
        Assert.Throws<ArgumentOutOfRangeException>(() => Layer(sentenceCount: 2, (2, [1, 0, 0])));
    }

    private static byte[] Unit(double x, double y) => EvidenceVector.Of(Layer(1, (0, [(float)x, (float)y, 0])), [0])!;

    private static EncodingLayer Layer(int sentenceCount, params (int Sentence, float[] Vector)[] sentences) =>
        new("test", sentenceCount, [.. sentences.Select(s => new EncodedSentence(s.Sentence, ImmutableArray<TextSpan>.Empty, [], s.Vector, 0))]);
}