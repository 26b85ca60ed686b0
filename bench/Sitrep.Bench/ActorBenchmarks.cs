using BenchmarkDotNet.Attributes;

using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Bench;

/// <summary>Actor dictionary start-up cost (budget: well under a second, issue 8) and actor resolution over the samples.</summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private string path = "";
    private ActorResolver resolver = null!;
    private Document analysed = null!;

    [GlobalSetup]
    public void Setup()
    {
        path = ResourceLocator.Require(ActorDictionary.RelativePath);
        resolver = new ActorResolver(ActorDictionary.Load(path));
        analysed = new Document("bench", SampleTexts.LoadAll(), new DateOnly(2026, 3, 7));
        new AnalysisPipelineBuilder().AddTextCore(NerModel.LoadDefault()).Build().Process(analysed);
    }

    [Benchmark]
    public int LoadDictionary() => ActorDictionary.Load(path).Count;

    [Benchmark]
    public int ResolveSamples() => resolver.Resolve(analysed).Count;
}