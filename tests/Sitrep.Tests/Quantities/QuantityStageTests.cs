using Sitrep.Documents;
using Sitrep.Json;
using Sitrep.Pipeline;
using Sitrep.Quantities;

namespace Sitrep.Tests.Quantities;

public sealed class QuantityStageTests
{
    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().AddTimeAndQuantities().Build();

    [Theory]
    [MemberData(nameof(QuantityCases.Counts), MemberType = typeof(QuantityCases))]
    public void Reads_count_range_and_semantics(string sentence, string text, long min, long max, string semantics, string? victims)
    {
        var quantities = Run(sentence);
        var found = quantities.Where(q => q.Span.Of(sentence).SequenceEqual(text)).ToList();
        Assert.True(found.Count == 1, $"'{text}' not found; got: {Describe(sentence, quantities)}");
        var quantity = found[0];

        Assert.Equal((min, max), (quantity.Range.Min, quantity.Range.Max));
        Assert.Equal(semantics, quantity.Semantics.ToJsonName());
        Assert.Equal(victims, quantity.Victims?.Of(sentence).ToString());
    }

    [Theory]
    [MemberData(nameof(QuantityCases.NotCounts), MemberType = typeof(QuantityCases))]
    public void Does_not_read_a_count_from(string sentence, string notACount)
    {
        var at = sentence.IndexOf(notACount, StringComparison.Ordinal);
        var span = new TextSpan(at, at + notACount.Length);
        var quantities = Run(sentence);

        Assert.DoesNotContain(quantities, q => q.Span.Overlaps(span));
    }

    [Theory]
    [InlineData("No details on casualties were immediately provided.")]
    [InlineData("Neither Ecuador nor the United States said if anyone was killed or captured in the strikes.")]
    [InlineData("The number of dead was not immediately known.")]
    [InlineData("Casualties were feared but officials gave no toll.")]
    public void An_unknown_toll_is_not_zero(string sentence) =>
        Assert.DoesNotContain(Run(sentence), q => q.Semantics != QuantitySemantics.None);

    [Fact]
    public void Writes_the_architecture_json_shape()
    {
        var document = new Document("d", "The U.S. military said it killed six men Sunday.", new DateOnly(2026, 3, 7));
        Pipeline.Process(document);
        using var stream = new MemoryStream();
        DocumentJsonWriter.Write(stream, document);
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"quantities\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"six men\"", json, StringComparison.Ordinal);
        Assert.Contains("\"min\": 6", json, StringComparison.Ordinal);
        Assert.Contains("\"max\": 6", json, StringComparison.Ordinal);
        Assert.Contains("\"semantics\": \"fatalities\"", json, StringComparison.Ordinal);
        Assert.Contains("\"victims\": \"men\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Works_without_a_time_layer()
    {
        var document = new Document("d", "On March 6, 2026, the strike killed 12 people.");
        new QuantityStage().Process(document);

        var quantity = Assert.Single(document.Get<QuantityLayer>().Quantities);
        Assert.Equal("12 people", quantity.Span.Of(document.Text).ToString());
    }

    [Fact]
    public void Count_range_rejects_max_below_min() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CountRange(5, 4));

    private static IReadOnlyList<Quantity> Run(string sentence)
    {
        var document = new Document("q", sentence, new DateOnly(2026, 3, 7));
        Pipeline.Process(document);
        return document.Get<QuantityLayer>().Quantities;
    }

    private static string Describe(string sentence, IReadOnlyList<Quantity> quantities) =>
        string.Join("; ", quantities.Select(q => $"'{q.Span.Of(sentence)}' {q.Range} {q.Semantics} {q.Victims?.Of(sentence).ToString()}"));
}