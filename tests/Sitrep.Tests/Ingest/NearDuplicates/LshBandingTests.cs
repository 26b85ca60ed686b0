using System.Globalization;

using Sitrep.Ingest.NearDuplicates;

namespace Sitrep.Tests.Ingest.NearDuplicates;

public sealed class LshBandingTests
{
    private readonly MinHasher hasher = new();
    private readonly LshBanding banding = new();

    [Fact]
    public void Pairs_at_jaccard_point_eight_share_a_bucket()
    {
        // 40 pairs of 400-word texts whose last 40 words differ: exact Jaccard of 5-shingles 356 / 436 ≈ 0.82.
        var missed = Enumerable.Range(0, 40).Count(seed =>
        {
            var shared = RandomWords(seed, 360);
            return !ShareBucket(shared + " " + RandomWords(1_000 + seed, 40), shared + " " + RandomWords(2_000 + seed, 40));
        });

        Assert.Equal(0, missed);
    }

    [Fact]
    public void Unrelated_texts_rarely_share_a_bucket()
    {
        var shared = Enumerable.Range(0, 40).Count(seed => ShareBucket(RandomWords(seed, 300), RandomWords(5_000 + seed, 300)));

        Assert.InRange(shared, 0, 1);
    }

    [Fact]
    public void A_signature_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => banding.BucketKeys(new MinHasher(hashCount: 64).Compute("a b c d e")));
    }

    private bool ShareBucket(string a, string b)
    {
        var keysA = banding.BucketKeys(hasher.Compute(a));
        var keysB = banding.BucketKeys(hasher.Compute(b));
        return keysA.Zip(keysB).Any(pair => pair.First == pair.Second);
    }

    private static string RandomWords(int seed, int count)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => "w" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture)));
    }
}