using BenchmarkDotNet.Attributes;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>Cost of the body normalisation every ingested article goes through.</summary>
[MemoryDiagnoser]
public class BodyTextBenchmarks
{
    private string text = "";

    [GlobalSetup]
    public void Setup() => text = SampleTexts.LoadAll();

    [Benchmark]
    public string Hash() => BodyText.Hash(text);
}