using Sitrep.Ingest;
using Sitrep.Ingest.NearDuplicates;

namespace Sitrep.Tests.Ingest.NearDuplicates;

public sealed class MinHasherTests
{
    private readonly MinHasher hasher = new();

    [Fact]
    public void Identical_texts_have_similarity_one()
    {
        var text = BodyText.Normalize(Words(0, 300));

        Assert.Equal(1.0, hasher.Compute(text).EstimateSimilarity(hasher.Compute(text)));
    }

    [Fact]
    public void Disjoint_texts_have_similarity_near_zero()
    {
        var a = hasher.Compute(BodyText.Normalize(Words(0, 300)));
        var b = hasher.Compute(BodyText.Normalize(Words(100_000, 300)));

        Assert.InRange(a.EstimateSimilarity(b), 0.0, 0.05);
    }

    [Fact]
    public void Two_hashers_with_the_default_seed_agree()
    {
        var text = BodyText.Normalize(Words(0, 50));

        Assert.True(new MinHasher().Compute(text).Values.SequenceEqual(hasher.Compute(text).Values));
    }

    [Fact]
    public void The_vectorised_and_scalar_paths_agree()
    {
        var text = BodyText.Normalize(Words(0, 200) + " " + Words(3, 40));

        Assert.True(hasher.Compute(text).Values.SequenceEqual(hasher.ComputeScalar(text).Values));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(280)]
    public void The_estimate_is_within_a_tenth_of_the_exact_jaccard(int sharedPrefixWords)
    {
        // Texts of 300 words sharing a prefix and differing after it: exact Jaccard spans 0 to about 0.9.
        var a = BodyText.Normalize(Words(0, sharedPrefixWords) + " " + Words(50_000, 300 - sharedPrefixWords));
        var b = BodyText.Normalize(Words(0, sharedPrefixWords) + " " + Words(80_000, 300 - sharedPrefixWords));

        var estimate = hasher.Compute(a).EstimateSimilarity(hasher.Compute(b));

        Assert.InRange(estimate, ExactJaccard(a, b) - 0.1, ExactJaccard(a, b) + 0.1);
    }

    [Theory]
    [InlineData("Hello, world!  It's here.", "hello world it s here")]
    [InlineData("One two three four five six", "one  two three, four. five six")]
    public void Punctuation_and_spacing_do_not_change_the_shingles(string a, string b)
    {
        Assert.Equal(MinHasher.ShingleHashes(BodyText.Normalize(a)), MinHasher.ShingleHashes(BodyText.Normalize(b)));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("  ...  ", 0)]
    [InlineData("three short words", 1)]
    [InlineData("one two three four five", 1)]
    [InlineData("one two three four five six seven", 3)]
    public void A_text_has_one_shingle_per_five_word_window(string text, int expected)
    {
        Assert.Equal(expected, MinHasher.ShingleHashes(text).Length);
    }

    [Fact]
    public void A_text_without_words_is_similar_to_nothing()
    {
        var empty = hasher.Compute("");

        Assert.True(empty.IsEmpty);
        Assert.Equal(0.0, empty.EstimateSimilarity(hasher.Compute("")));
    }

    [Fact]
    public void A_signature_round_trips_through_bytes()
    {
        var signature = hasher.Compute(BodyText.Normalize(Words(7, 80)));

        var read = MinHashSignature.FromBytes(signature.ToBytes());

        Assert.True(read.Values.SequenceEqual(signature.Values));
        Assert.Equal(512, signature.ToBytes().Length);
        Assert.False(read.IsEmpty);
    }

    [Fact]
    public void Banding_gives_equal_keys_for_equal_bands_only()
    {
        var banding = new LshBanding();
        var a = hasher.Compute(BodyText.Normalize(Words(0, 300)));
        var b = hasher.Compute(BodyText.Normalize(Words(0, 290) + " " + Words(9_000, 10)));

        var keysA = banding.BucketKeys(a);
        var keysB = banding.BucketKeys(b);

        Assert.Equal(32, keysA.Length);
        for (var band = 0; band < banding.Bands; band++)
        {
            var sameRows = a.Values.Slice(band * 4, 4).SequenceEqual(b.Values.Slice(band * 4, 4));
            Assert.Equal(sameRows, keysA[band] == keysB[band]);
        }
    }

    private static double ExactJaccard(string a, string b)
    {
        var setA = MinHasher.ShingleHashes(a).ToHashSet();
        var setB = MinHasher.ShingleHashes(b).ToHashSet();
        return (double)setA.Intersect(setB).Count() / setA.Union(setB).Count();
    }

    // Distinct words "w{first}" … so that texts from far-apart ranges share no word at all.
    private static string Words(int first, int count) =>
        string.Join(' ', Enumerable.Range(first, count).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}