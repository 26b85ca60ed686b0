using Sitrep.Documents;
using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

/// <summary>
/// A small hand-made gold corpus the scorer tests work their numbers out on. Two articles, three gold events,
/// five gold mentions:
/// <list type="bullet">
/// <item>E1 "shelling": incident, ASSAULT/heavy-weapons, 2026-03-02, EC / Cañar / Cañar, troops → civilians, 5 dead; mentioned in a1 and a2.</item>
/// <item>E2 "strikes": aggregate, ASSAULT, 2026-06-01..2026-09-30; mentioned in a1 only.</item>
/// <item>E3 "arrest": incident, COERCE or THREATEN, no mode, date null, EC / null / Quito, police → protesters, fatalities null; in a1 and a2.</item>
/// </list>
/// </summary>
internal static class ScoringCorpus
{
    public const string A1 = "a1";
    public const string A2 = "a2";

    public static readonly string[] A1Sentences =
    [
        "Troops shelled the town of Cañar on Monday, killing five people.",
        "Officials said dozens of strikes have hit the region since June.",
        "Police arrested two protesters in Quito.",
        "The weather was mild.",
    ];

    public static readonly string[] A2Sentences =
    [
        "Five people died when troops shelled Cañar.",
        "Police in Quito detained two protesters on Tuesday.",
    ];

    public static readonly IReadOnlyDictionary<string, EvaluationArticle> Articles = new Dictionary<string, EvaluationArticle>
    {
        [A1] = Article(A1, A1Sentences),
        [A2] = Article(A2, A2Sentences),
    };

    public static GoldEvent Shelling { get; } = new(
        "shelling",
        GoldEvent.IncidentKind,
        ["ASSAULT"],
        ["heavy-weapons"],
        Day(2026, 3, 2),
        new EvalPlace("EC", "Cañar", "Cañar"),
        [new GoldParticipant(["Ecuadorian army", "troops"])],
        [new GoldParticipant(["civilians", "people"])],
        new EvalCount(5, 5),
        [new GoldMention(A1, ["Troops shelled the town"]), new GoldMention(A2, ["troops shelled Cañar"])]);

    public static GoldEvent Strikes { get; } = new(
        "strikes",
        GoldEvent.AggregateKind,
        ["ASSAULT"],
        [],
        new EvalDate(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 30)),
        new EvalPlace("EC", null, null),
        [],
        [],
        null,
        [new GoldMention(A1, ["dozens of strikes"])]);

    public static GoldEvent Arrest { get; } = new(
        "arrest",
        GoldEvent.IncidentKind,
        ["COERCE", "THREATEN"],
        [],
        null,
        new EvalPlace("EC", null, "Quito"),
        [new GoldParticipant(["police", "Ecuadorian police"])],
        [new GoldParticipant(["protesters", "demonstrators"])],
        null,
        [new GoldMention(A1, ["Police arrested two protesters"]), new GoldMention(A2, ["Police in Quito detained"])]);

    public static GoldCorpus Gold { get; } = new(
        "hand",
        new Dictionary<string, GoldArticle> { [A1] = new(A1, null, null, null), [A2] = new(A2, null, null, null) },
        [Shelling, Strikes, Arrest]);

    /// <summary>The mention of <paramref name="evidence"/>, located by its first occurrence in the article.</summary>
    public static PredictedMention Mention(string article, string evidence)
    {
        var text = Articles[article].Text;
        var at = text.IndexOf(evidence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{evidence}' is not in {article}");
        return new PredictedMention(article, new TextSpan(at, at + evidence.Length), evidence);
    }

    public static PredictedActor Actor(string name, params string[] aliases) => new(name, aliases);

    /// <summary>A prediction that gets every field of E1 right.</summary>
    public static PredictedEvent PerfectShelling(params PredictedMention[] mentions) => new(
        "p-shelling", "incident", "ASSAULT", "heavy-weapons", Day(2026, 3, 2), new EvalPlace("EC", "Cañar", "Cañar"),
        [Actor("Ecuadorian army")], [Actor("civilians")], new EvalCount(5, 5),
        mentions.Length > 0 ? mentions : [Mention(A1, "Troops shelled the town"), Mention(A2, "troops shelled Cañar")]);

    /// <summary>A prediction that gets E2 right.</summary>
    public static PredictedEvent PerfectStrikes(params PredictedMention[] mentions) => new(
        "p-strikes", "aggregate", "ASSAULT", null, new EvalDate(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 30)),
        new EvalPlace("EC", null, null), [], [], null,
        mentions.Length > 0 ? mentions : [Mention(A1, "dozens of strikes")]);

    /// <summary>A prediction that gets every field of E3 right.</summary>
    public static PredictedEvent PerfectArrest(params PredictedMention[] mentions) => new(
        "p-arrest", "incident", "COERCE", null, null, new EvalPlace("EC", null, "Quito"),
        [Actor("police")], [Actor("protesters")], null,
        mentions.Length > 0 ? mentions : [Mention(A1, "Police arrested two protesters"), Mention(A2, "Police in Quito detained")]);

    public static IReadOnlyList<PredictedEvent> Perfect() => [PerfectShelling(), PerfectStrikes(), PerfectArrest()];

    /// <summary>Every gold mention, each by the span of its first evidence string, in gold order.</summary>
    public static PredictedMention[] AllGoldMentions() =>
        [.. Gold.Events.SelectMany(e => e.Mentions).Select(m => Mention(m.ArticleId, m.Evidence[0]))];

    public static EvaluationReport Score(params PredictedEvent[] predicted) =>
        EvaluationScorer.Score(Gold, Articles, predicted);

    private static EvalDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), new DateOnly(year, month, day));

    private static EvaluationArticle Article(string id, string[] sentences)
    {
        var text = string.Join(' ', sentences);
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var sentence in sentences)
        {
            spans.Add(new TextSpan(at, at + sentence.Length));
            at += sentence.Length + 1;
        }

        return new EvaluationArticle(id, text, spans);
    }
}