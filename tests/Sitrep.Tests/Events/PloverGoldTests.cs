using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>Reading, splitting and classifying PLOVER gold records (the records here are written for these tests).</summary>
public sealed class PloverGoldTests
{
    private const string Records = """
        [
        {"id": "T-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documentation"},
        {"id": "T-DEMAND-0001", "event": "DEMAND", "text": "Farmers demanded that the ministry lower fuel prices."},
        {"id": "T-FIGHT-0001", "event": "FIGHT", "text": "Rebels fired mortars at an army post."},
        {"id": "T-AGREE-0001", "event": "AGREE", "text": "The two parties agreed to a truce."},
        {"id": "T-BAD-0001", "event": "GOSSIP", "text": "Someone whispered."},
        {"id": "T-NOTEXT-0001", "event": "AGREE"}
        ]
        """;

    [Fact]
    public void Old_labels_map_to_current_types_and_documentation_is_skipped()
    {
        var diagnostics = new List<Diagnostic>();
        var records = PloverGoldReader.Read(Records, "test", diagnostics);
        Assert.Equal([PloverType.Request, PloverType.Assault, PloverType.Agree], records.Select(r => r.Type));
        Assert.Equal("FIGHT", records[1].Label);
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public void Malformed_json_is_a_diagnostic_not_a_crash()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.Empty(PloverGoldReader.Read("[{\"id\": ", "test", diagnostics));
        Assert.Single(diagnostics);
    }

    [Fact]
    public void The_split_is_deterministic_and_holds_out_about_a_fifth()
    {
        var ids = Enumerable.Range(0, 2000).Select(i => $"REC-{i:0000}").ToList();
        var heldOut = ids.Count(PloverGoldSplit.IsHeldOut);
        Assert.InRange(heldOut, 320, 480);
        Assert.Equal(ids.Select(PloverGoldSplit.IsHeldOut), ids.Select(PloverGoldSplit.IsHeldOut));
    }

    [Fact]
    public void The_classifier_learns_words_of_each_type_and_round_trips()
    {
        PloverGoldRecord[] train =
        [
            new("a", "Troops shelled the village and killed ten.", PloverType.Assault, "ASSAULT"),
            new("b", "Militants bombed a market, killing five.", PloverType.Assault, "ASSAULT"),
            new("c", "The ministers met in Rome for talks.", PloverType.Consult, "CONSULT"),
            new("d", "The envoy met the president for talks on trade.", PloverType.Consult, "CONSULT"),
        ];
        var classifier = PloverTypeClassifier.Train(train);
        Assert.Equal(PloverType.Assault, classifier.Classify("Gunmen killed three guards."));
        Assert.Equal(PloverType.Consult, classifier.Classify("The two leaders met for talks."));

        using var writer = new StringWriter();
        classifier.Write(writer, "test model");
        var reloaded = PloverTypeClassifier.Parse(writer.ToString());
        Assert.Equal(PloverType.Assault, reloaded.Classify("Gunmen killed three guards."));
    }

    [Fact]
    public void A_score_counts_a_missing_prediction_as_wrong()
    {
        PloverGoldRecord[] records = [new("a", "x", PloverType.Agree, "AGREE"), new("b", "y", PloverType.Reject, "REJECT")];
        var score = PloverTypeScore.Of("test", records, r => r.Id == "a" ? PloverType.Agree : null);
        Assert.Equal(0.5, score.Accuracy);
        Assert.Equal(1.0, score.AccuracyWhenPredicted);
    }
}