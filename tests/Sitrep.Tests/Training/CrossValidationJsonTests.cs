using System.Text.Json;
using Sitrep.Evaluation;
using Sitrep.Training;

namespace Sitrep.Tests.Training;

public sealed class CrossValidationJsonTests
{
    private static EvaluationReport Report(int matched, int predicted, int gold) => new()
    {
        Corpus = "c",
        Articles = 3,
        GoldEvents = gold,
        PredictedEvents = predicted,
        GoldMentions = gold,
        PredictedMentions = predicted,
        MatchedMentions = matched,
        Mention = new PrecisionRecall((double)matched / predicted, (double)matched / gold),
        AlignedEvents = matched,
        Type = new EvaluationRatio(matched, matched),
        Mode = new EvaluationRatio(0, 0),
        Date = new EvaluationRatio(0, matched),
        DateOverlap = new EvaluationRatio(0, matched),
        PlaceCountry = new EvaluationRatio(0, matched),
        PlaceAdmin1 = new EvaluationRatio(0, matched),
        PlaceName = new EvaluationRatio(0, matched),
        Actor = new PrecisionRecall(0, 0),
        ActorsMatched = 0,
        ActorsPredicted = 0,
        ActorsGold = 0,
        Fatalities = new EvaluationRatio(0, matched),
        BCubed = new PrecisionRecall(1, 1),
        IncidentsMergedWithAggregates = 1,
        AggregatesAsIncidents = 0,
        Misses = [new EvaluationMiss("a", "ev", "mention", "g", "nothing")],
        Diagnostics = [],
    };

    [Fact]
    public void Scores_are_averaged_counts_summed_and_spread_given()
    {
        var validation = new CrossValidation("pooled", 2, [
            new FoldResult(0, ["a"], Report(2, 4, 4), Report(1, 2, 4)),
            new FoldResult(1, ["b"], Report(4, 4, 4), Report(1, 2, 4)),
        ]);
        using var stream = new MemoryStream();

        CrossValidationJson.Write(stream, validation, maxMisses: 10);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal("pooled", root.GetProperty("corpus").GetString());
        Assert.Equal(2, root.GetProperty("folds").GetInt32());
        Assert.Equal(6, root.GetProperty("articles").GetInt32());
        Assert.Equal(0.75, root.GetProperty("mention").GetProperty("precision").GetDouble(), 6);
        Assert.Equal(6, root.GetProperty("mention").GetProperty("matched").GetInt32());
        Assert.Equal(0.25, root.GetProperty("spread").GetProperty("mention.precision").GetDouble(), 6);
        Assert.Equal(2, root.GetProperty("aggregate_errors").GetInt32());
        Assert.Equal(2, root.GetProperty("misses").GetArrayLength());
        Assert.Equal(1, root.GetProperty("misses")[1].GetProperty("fold").GetInt32());
        Assert.Equal(0.5, root.GetProperty("rules").GetProperty("mention").GetProperty("precision").GetDouble(), 6);
        Assert.Equal(2, root.GetProperty("per_fold").GetArrayLength());
    }
}