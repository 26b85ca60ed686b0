using System.Globalization;
using System.Text.Json;

using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>
/// Every gold event date the text of one of its articles supports must appear as an interval (or as the anchor of a
/// "since" range) in that article's time layer. Dates the text does not state in one expression are listed with why.
/// </summary>
public sealed class GoldDateCoverageTests
{
    /// <summary>Gold dates that no single expression in the text states, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotTextSupported = new()
    {
        ["condemnation-of-thai-deportation-2025-02"] =
            "an undated condemnation the annotators ranged from the deportation (Feb. 27) to publication; no expression says so",
        ["so-beledweyne-hotel-siege-2025-03-11"] =
            "the siege spans two expressions in two stories ('on Tuesday' in one, 'ended early Wednesday' in the other)",
        ["so-nisa-operation-16-killed-2025-03"] =
            "'just hours earlier' than a Tuesday-dawn attack: a range inferred from a relative phrase with no date of its own",
        ["paris-defense-chiefs-meeting-2025-03-12"] =
            "'There's another in Paris Wednesday' is future only by tense ('there's another'); no future cue word precedes it",
    };

    private static readonly TimeExpressionStage Stage = new();

    public static TheoryData<string, string> GoldDates()
    {
        var data = new TheoryData<string, string>();
        foreach (var corpus in new[] { "dev", "dev-voa" })
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusArticle.CorpusRoot(), corpus, "gold.json")));
            foreach (var ev in gold.RootElement.GetProperty("events").EnumerateArray())
            {
                if (ev.GetProperty("date").ValueKind != JsonValueKind.Null)
                {
                    data.Add(corpus, ev.GetProperty("id").GetString()!);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldDates))]
    public void Gold_date_is_an_interval_of_the_time_layer(string corpus, string eventId)
    {
        var dir = Path.Combine(CorpusArticle.CorpusRoot(), corpus);
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "gold.json")));
        var ev = gold.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == eventId);
        var from = DateOnly.Parse(ev.GetProperty("date").GetProperty("start").GetString()!, CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(ev.GetProperty("date").GetProperty("end").GetString()!, CultureInfo.InvariantCulture);

        var found = new List<string>();
        foreach (var article in ev.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("article").GetString()!).Distinct())
        {
            var (body, published) = CorpusArticle.Read(Path.Combine(dir, "articles", article + ".txt"));
            var document = new Document(article, body, published);
            Stage.Process(document);
            foreach (var expression in document.Get<TimeLayer>().Expressions)
            {
                if (Is(expression.Interval, from, to) || Is(expression.Anchor, from, to))
                {
                    return;
                }

                found.Add($"{expression.Span.Of(body)} = {expression.Interval}");
            }
        }

        if (NotTextSupported.TryGetValue(eventId, out var reason))
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), "an excluded gold date needs a written reason");
            return;
        }

        Assert.Fail($"{eventId}: {from:yyyy-MM-dd}..{to:yyyy-MM-dd} not among: {string.Join("; ", found)}");
    }

    private static bool Is(DateInterval? interval, DateOnly from, DateOnly to) =>
        interval is DateInterval i && i.From == from && i.To == to;
}