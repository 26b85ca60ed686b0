using BenchmarkDotNet.Attributes;

using Sitrep.Documents;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Bench;

/// <summary>Cost of the "times" and "quantities" stages over the bundled sample articles.</summary>
[MemoryDiagnoser]
public class TimeAndQuantityBenchmarks
{
    private readonly TimeExpressionStage times = new();
    private readonly QuantityStage quantities = new();
    private string text = "";

    [GlobalSetup]
    public void Setup() => text = SampleTexts.LoadAll();

    [Benchmark]
    public int Times()
    {
        var document = new Document("bench", text, new DateOnly(2026, 3, 7));
        times.Process(document);
        return document.Get<TimeLayer>().Expressions.Length;
    }

    [Benchmark]
    public int Quantities()
    {
        var document = new Document("bench", text, new DateOnly(2026, 3, 7));
        quantities.Process(document);
        return document.Get<QuantityLayer>().Quantities.Length;
    }

    [Benchmark]
    public int TimesThenQuantities()
    {
        var document = new Document("bench", text, new DateOnly(2026, 3, 7));
        times.Process(document);
        quantities.Process(document);
        return document.Get<QuantityLayer>().Quantities.Length;
    }
}