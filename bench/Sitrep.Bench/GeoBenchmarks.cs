using BenchmarkDotNet.Attributes;

using Sitrep.Geo;

namespace Sitrep.Bench;

/// <summary>Gazetteer start-up cost (budget: 300 ms, issue 7) and toponym resolution over the sample articles.</summary>
[MemoryDiagnoser]
public class GeoBenchmarks
{
    private string text = "";
    private string path = "";
    private ToponymResolver resolver = null!;

    [GlobalSetup]
    public void Setup()
    {
        text = SampleTexts.LoadAll();
        path = Gazetteer.FindDefaultPath() ?? throw new FileNotFoundException("data/gazetteer/gazetteer.tsv.gz not found");
        resolver = new ToponymResolver(Gazetteer.Load(path));
    }

    [Benchmark]
    public int LoadGazetteer() => Gazetteer.Load(path).Count;

    [Benchmark]
    public int ResolveSamples() => resolver.Resolve(text).Count;
}