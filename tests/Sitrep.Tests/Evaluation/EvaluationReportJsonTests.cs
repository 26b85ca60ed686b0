using System.Text.Json;

using Sitrep.Evaluation;

using static Sitrep.Tests.Evaluation.ScoringCorpus;

namespace Sitrep.Tests.Evaluation;

public sealed class EvaluationReportJsonTests
{
    private static JsonElement Json(EvaluationReport report, int maxMisses)
    {
        using var stream = new MemoryStream();
        EvaluationReportJson.Write(stream, report, maxMisses);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Every_key_of_the_documented_shape_is_written()
    {
        var json = Json(Score([.. Perfect()]), 10);

        Assert.Equal("hand", json.GetProperty("corpus").GetString());
        Assert.Equal(2, json.GetProperty("articles").GetInt32());
        Assert.Equal(3, json.GetProperty("gold_events").GetInt32());
        Assert.Equal(3, json.GetProperty("predicted_events").GetInt32());
        foreach (var key in new[] { "type_accuracy", "mode_accuracy", "date_accuracy", "date_overlap", "actor_f1", "fatalities_accuracy" })
        {
            Assert.Equal(1.0, json.GetProperty(key).GetDouble());
        }

        foreach (var (group, keys) in new[] { ("mention", "precision recall f1"), ("b3", "precision recall f1"), ("place", "country admin1 name") })
        {
            foreach (var key in keys.Split(' '))
            {
                Assert.Equal(1.0, json.GetProperty(group).GetProperty(key).GetDouble());
            }
        }

        Assert.Equal(0, json.GetProperty("aggregate_errors").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("misses").ValueKind);
    }

    [Fact]
    public void Misses_are_cut_at_the_maximum_and_counted_in_full()
    {
        var json = Json(Score(), 2);

        var misses = json.GetProperty("misses");
        Assert.Equal(2, misses.GetArrayLength());
        Assert.Equal(5, json.GetProperty("misses_total").GetInt32());
        var first = misses[0];
        Assert.Equal(["article", "evidence", "field", "gold", "predicted"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("mention", first.GetProperty("field").GetString());
        Assert.Equal("nothing", first.GetProperty("predicted").GetString());
    }

    [Fact]
    public void Scores_are_rounded_to_six_places()
    {
        // All merged: B³ precision 9/25 = 0.36, F1 = 0.72 / 1.36 = 0.529411764…
        var json = Json(Score(new PredictedEvent("all", "incident", null, null, null, null, [], [], null, AllGoldMentions())), 0);

        Assert.Equal(0.529412, json.GetProperty("b3").GetProperty("f1").GetDouble());
    }
}