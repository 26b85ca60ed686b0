using BenchmarkDotNet.Attributes;

using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Bench;

/// <summary>Cost of the "events" stage over the bundled sample articles, with every earlier layer already in place.</summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private readonly EventMentionStage stage = new(TriggerLexicon.LoadDefault());
    private Document document = new("bench", "");

    [GlobalSetup]
    public void Setup()
    {
        document = new Document("bench", SampleTexts.LoadAll(), new DateOnly(2026, 3, 7));
        new AnalysisPipelineBuilder()
            .AddTextCore(NerModel.LoadDefault())
            .AddTimeAndQuantities()
            .AddPlaces(Gazetteer.LoadDefault())
            .Build()
            .Process(document);
    }

    [Benchmark]
    public int EventMentions() => stage.Find(document).Mentions.Count;

    [Benchmark]
    public int LoadLexicon() => TriggerLexicon.LoadDefault().Count;
}