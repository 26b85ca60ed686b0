using System.Globalization;

using Sitrep.Documents;
using Sitrep.Json;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public sealed class TimeExpressionStageTests
{
    private static readonly TimeExpressionStage Stage = new();

    [Theory]
    [MemberData(nameof(TimeExpressionCases.Resolved), MemberType = typeof(TimeExpressionCases))]
    public void Resolves_expression_against_publication(string published, string sentence, string text, string? from, string? to, string precision)
    {
        var expression = Find(published, sentence, text);

        Assert.Equal(from, Format(expression.Interval?.From));
        Assert.Equal(to, Format(expression.Interval?.To));
        Assert.Equal(precision, expression.Precision.ToJsonName());
    }

    [Theory]
    [MemberData(nameof(TimeExpressionCases.NotTimeExpressions), MemberType = typeof(TimeExpressionCases))]
    public void Finds_no_time_expression_in(string sentence)
    {
        var expressions = Run("2026-03-07", sentence).Expressions;

        Assert.True(expressions.IsEmpty, string.Join("; ", expressions.Select(e => e.Span.Of(sentence).ToString())));
    }

    [Theory]
    [InlineData("The operation was carried out within Ecuador March 6.", "March 6", 3, 6)]
    [InlineData("Las fuerzas atacaron el 6 de marzo.", "el 6 de marzo", 3, 6)]
    [InlineData("The vote was held on Feb. 29.", "on Feb. 29", 2, 29)]
    public void Keeps_month_day_of_unknown_year_without_publication(string sentence, string text, int month, int day)
    {
        var expression = Find("", sentence, text);

        Assert.Null(expression.Interval);
        Assert.Equal(new YearlessDate(month, day), expression.MonthDay);
    }

    [Theory]
    [InlineData("2025-03-13", "He has been in custody since Feb. 24 over the charges.", "since Feb. 24", "2025-02-24", "2025-02-24", "day")]
    [InlineData("2025-03-11", "Five have served sentences since 2020 for robbery.", "since 2020", "2020-01-01", "2020-12-31", "year")]
    [InlineData("2026-03-07", "Since September American forces have conducted dozens of strikes.", "Since September", "2025-09-01", "2025-09-30", "month")]
    [InlineData("", "Since 2009, hundreds of people have been killed.", "Since 2009", "2009-01-01", "2009-12-31", "year")]
    public void Keeps_the_anchor_of_an_open_range(string published, string sentence, string text, string from, string to, string precision)
    {
        var anchor = Find(published, sentence, text).Anchor;

        Assert.NotNull(anchor);
        Assert.Equal(from, Format(anchor.Value.From));
        Assert.Equal(to, Format(anchor.Value.To));
        Assert.Equal(precision, anchor.Value.Precision.ToJsonName());
    }

    [Fact]
    public void Writes_the_architecture_json_shape()
    {
        var document = new Document("d", "The operation on Friday targeted the camp.", new DateOnly(2026, 3, 7));
        Stage.Process(document);
        using var stream = new MemoryStream();
        DocumentJsonWriter.Write(stream, document);
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"times\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"on Friday\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\": \"2026-03-06\"", json, StringComparison.Ordinal);
        Assert.Contains("\"precision\": \"day\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Expressions_are_in_text_order_and_do_not_overlap()
    {
        var text = File.ReadAllText(Path.Combine(CorpusArticle.RepoRoot(), "samples", "002_56decd7c35e1df04.txt"));
        var layer = Run("2026-03-07", text);

        for (var i = 1; i < layer.Expressions.Length; i++)
        {
            Assert.True(layer.Expressions[i - 1].Span.End <= layer.Expressions[i].Span.Start);
        }
    }

    private static TimeExpression Find(string published, string sentence, string text)
    {
        var layer = Run(published, sentence);
        var found = layer.Expressions.Where(e => e.Span.Of(sentence).SequenceEqual(text)).ToList();
        Assert.True(found.Count == 1, $"'{text}' not found; got: {string.Join("; ", layer.Expressions.Select(e => $"'{e.Span.Of(sentence)}'"))}");
        return found[0];
    }

    private static TimeLayer Run(string published, string sentence)
    {
        DateOnly? pub = published.Length == 0 ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = new Document("t", sentence, pub);
        Stage.Process(document);
        return document.Get<TimeLayer>();
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}