using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

public sealed class GoldCorpusLoaderTests : IDisposable
{
    private const string ValidEvent = """
        {
          "id": "strike", "kind": "incident", "type": ["COERCE", "ASSAULT"], "mode": null,
          "date": { "start": "2026-03-06", "end": "2026-03-06" },
          "place": { "country": "EC", "admin1": "Sucumbíos", "name": null },
          "actors": [["United States", "SOUTHCOM"]], "recipients": [],
          "fatalities": { "min": 5, "max": 10 },
          "mentions": [ { "article": "a1", "evidence": ["forces carried out"] } ]
        }
        """;

    private readonly string corpus = Path.Combine(Path.GetTempPath(), "sitrep-gold-" + Guid.NewGuid().ToString("N"));

    public GoldCorpusLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(corpus, "articles"));
        File.WriteAllText(Path.Combine(corpus, "articles", "a1.txt"), "date 2026-03-07\nAmerican forces carried out a strike.");
        File.WriteAllText(Path.Combine(corpus, "articles", "a2.html"), "<p>Nothing happened.</p>");
        File.WriteAllText(Path.Combine(corpus, "articles", "notes.md"), "not an article");
    }

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-voa")]
    public void The_shared_gold_corpora_load_without_diagnostics(string name)
    {
        var directory = Path.Combine(SharedFolder(), "corpus", name);

        var gold = GoldCorpusLoader.Load(directory, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(gold);
        Assert.Equal(name, gold.Name);
        Assert.NotEmpty(gold.Events);
        Assert.All(gold.Events, e => Assert.All(e.Mentions, m => Assert.True(gold.Articles.ContainsKey(m.ArticleId))));
    }

    [Fact]
    public void A_valid_event_is_read_field_by_field()
    {
        Write($$"""{ "about": "test", "articles": { "a1": { "published": "2026-03-07", "outlet": "X" } }, "events": [ {{ValidEvent}} ] }""");

        var gold = GoldCorpusLoader.Load(corpus, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(gold);
        Assert.Equal(["a1", "a2"], gold.Articles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2026, 3, 7), gold.Articles["a1"].Published);
        Assert.Null(gold.Articles["a2"].Published);
        var strike = Assert.Single(gold.Events);
        Assert.Equal(["COERCE", "ASSAULT"], strike.Types);
        Assert.Empty(strike.Modes);
        Assert.Equal(new EvalPlace("EC", "Sucumbíos", null), strike.Place);
        Assert.Equal(new EvalCount(5, 10), strike.Fatalities);
        Assert.Equal(["United States", "SOUTHCOM"], Assert.Single(strike.Actors).Names);
        Assert.Empty(strike.Recipients);
        Assert.Equal("test", gold.About);
    }

    [Theory]
    [InlineData("\"date\": { \"start\": \"2026-03-06\", \"end\": \"2026-03-06\" },", "", "field 'date'", "missing")]
    [InlineData("\"start\": \"2026-03-06\"", "\"start\": \"6 March 2026\"", "field 'date.start'", "expected YYYY-MM-DD")]
    [InlineData("\"end\": \"2026-03-06\"", "\"end\": \"2026-03-05\"", "field 'date.end'", "ends before it starts")]
    [InlineData("[\"COERCE\", \"ASSAULT\"]", "\"ATTACK\"", "field 'type'", "not a PLOVER type")]
    [InlineData("\"kind\": \"incident\"", "\"kind\": \"statement\"", "field 'kind'", "incident")]
    [InlineData("\"country\": \"EC\"", "\"country\": \"Ecuador\"", "field 'place.country'", "ISO 3166-1")]
    [InlineData("\"min\": 5", "\"min\": -1", "field 'fatalities.min'", "whole number")]
    [InlineData("\"min\": 5", "\"min\": 11", "field 'fatalities.max'", "max ≥ min")]
    [InlineData("\"article\": \"a1\"", "\"article\": \"a9\"", "field 'mentions[0].article'", "a9")]
    [InlineData("[\"forces carried out\"]", "[]", "field 'mentions[0].evidence'", "evidence")]
    [InlineData("[[\"United States\", \"SOUTHCOM\"]]", "[[\"United States\", 7]]", "field 'actors[0][1]'", "string")]
    public void A_malformed_event_is_an_error_naming_the_event_and_the_field(string valid, string broken, string field, string message)
    {
        Assert.Contains(valid, ValidEvent, StringComparison.Ordinal);
        Write($$"""{ "events": [ {{ValidEvent.Replace(valid, broken, StringComparison.Ordinal)}} ] }""");

        var gold = GoldCorpusLoader.Load(corpus, out var diagnostics);

        Assert.Null(gold);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal($"event 'strike' {field}", error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("gold.json", error.Input, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_without_an_id_is_named_by_its_index()
    {
        Write($$"""{ "events": [ {{ValidEvent}}, {{ValidEvent.Replace("\"id\": \"strike\",", "", StringComparison.Ordinal)}} ] }""");

        GoldCorpusLoader.Load(corpus, out var diagnostics);

        Assert.Equal("event #1 field 'id'", Assert.Single(diagnostics).Location);
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        var broken = ValidEvent.Replace("\"2026-03-06\"", "\"March\"", StringComparison.Ordinal).Replace("\"ASSAULT\"", "\"BOMB\"", StringComparison.Ordinal);
        Write($$"""{ "events": [ {{broken}} ] }""");

        GoldCorpusLoader.Load(corpus, out var diagnostics);

        Assert.Equal(3, diagnostics.Count); // date.start, date.end, type
    }

    [Fact]
    public void Duplicate_ids_are_an_error()
    {
        Write($$"""{ "events": [ {{ValidEvent}}, {{ValidEvent}} ] }""");

        Assert.Null(GoldCorpusLoader.Load(corpus, out var diagnostics));
        Assert.Contains(diagnostics, d => d.Message == "duplicate id");
    }

    [Fact]
    public void An_unknown_mode_is_only_a_warning()
    {
        Write($$"""{ "events": [ {{ValidEvent.Replace("\"mode\": null", "\"mode\": \"laser\"", StringComparison.Ordinal)}} ] }""");

        var gold = GoldCorpusLoader.Load(corpus, out var diagnostics);

        Assert.NotNull(gold);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
        Assert.Equal(["laser"], gold.Events[0].Modes);
    }

    [Theory]
    [InlineData("{ \"events\": [ ", "not valid JSON")]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("{ \"articles\": {} }", "expected a list of events")]
    public void A_broken_file_is_an_error_not_a_crash(string json, string message)
    {
        Write(json);

        Assert.Null(GoldCorpusLoader.Load(corpus, out var diagnostics));
        Assert.Contains(message, Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_file_is_an_error()
    {
        Assert.Null(GoldCorpusLoader.Load(corpus, out var diagnostics));
        Assert.Contains("not found", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    internal static string SharedFolder() => TestPaths.Shared;

    private void Write(string json) => File.WriteAllText(Path.Combine(corpus, "gold.json"), json);
}