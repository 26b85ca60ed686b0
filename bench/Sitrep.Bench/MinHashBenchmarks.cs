using BenchmarkDotNet.Attributes;

using Sitrep.Ingest;
using Sitrep.Ingest.NearDuplicates;

namespace Sitrep.Bench;

/// <summary>Cost of the near-duplicate signature every stored article gets (128 functions over word 5-shingles).</summary>
[MemoryDiagnoser]
public class MinHashBenchmarks
{
    private readonly MinHasher hasher = new();
    private readonly LshBanding banding = new();
    private string normalized = "";
    private MinHashSignature signature = null!;

    [GlobalSetup]
    public void Setup()
    {
        normalized = BodyText.Normalize(SampleTexts.LoadAll());
        signature = hasher.Compute(normalized);
    }

    /// <summary>Shingling alone.</summary>
    [Benchmark]
    public int Shingles() => MinHasher.ShingleHashes(normalized).Length;

    /// <summary>Shingling and the 128 minima: what the store computes per article.</summary>
    [Benchmark]
    public MinHashSignature Signature() => hasher.Compute(normalized);

    /// <summary>The 32 LSH bucket keys of a signature.</summary>
    [Benchmark]
    public long[] BucketKeys() => banding.BucketKeys(signature);
}