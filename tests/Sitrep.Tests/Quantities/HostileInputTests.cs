using System.Text;

using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Tests.Quantities;

/// <summary>Outside input never crashes the time and quantity stages, and their invariants hold on any text.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] Pieces =
    [
        "killed", "at least", "999999999999999999", "nine hundred billion billion", "thousand", "dozens of", "0000-01-01",
        "9999-12-31", "March", "31", "Feb.", "29", "from", "to", "-", "–", "since", "last", "Friday", "tomorrow", "2100",
        "1,2,3", "1.5", "million", "people", "were", "no one", "was", "\n", ",", ".", "(", ")", "%", "$", "de", "marzo",
        "el", "martes", "between", "and", "or more", "+", "overnight", "at dawn", "ago", "12", "weeks", " ", "  ",
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_is_read_without_error_and_keeps_invariants(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
        }

        var text = builder.ToString();
        DateOnly? published = (seed % 4) switch
        {
            0 => null,
            1 => DateOnly.MaxValue,
            2 => DateOnly.MinValue,
            _ => new DateOnly(2026, 3, 7),
        };
        var document = new Document("fuzz", text, published);
        new AnalysisPipelineBuilder().AddTimeAndQuantities().Build().Process(document);

        var times = document.Get<TimeLayer>().Expressions;
        Assert.All(times, t => Assert.True(t.Interval is null || t.Interval.Value.From <= t.Interval.Value.To));
        for (var i = 1; i < times.Length; i++)
        {
            Assert.True(times[i - 1].Span.End <= times[i].Span.Start);
        }

        Assert.All(document.Get<QuantityLayer>().Quantities, q => Assert.True(q.Range.Min <= q.Range.Max && q.Span.End <= text.Length));
    }
}