using Sitrep.Documents;
using Sitrep.Evaluation;

using static Sitrep.Tests.Evaluation.ScoringCorpus;

namespace Sitrep.Tests.Evaluation;

/// <summary>EVALUATION.md matching rule 1 on <see cref="ScoringCorpus"/> (5 gold mentions).</summary>
public sealed class MentionMatchingTests
{
    private static PredictedEvent Single(params PredictedMention[] mentions) => new("p", "incident", null, null, null, null, [], [], null, mentions);

    [Theory]
    [InlineData(A1, "killing five people", 1)] // same sentence as the evidence, not the evidence itself
    [InlineData(A1, "Troops shelled the town of Cañar on Monday, killing five people. Officials", 1)] // runs into the next sentence
    [InlineData(A1, "The weather was mild.", 0)] // a sentence with no gold evidence
    [InlineData(A2, "Five people died", 1)] // E1 in the second article
    public void A_predicted_span_matches_when_it_overlaps_a_sentence_holding_gold_evidence(string article, string evidence, int matched)
    {
        var report = Score(Single(Mention(article, evidence)));

        Assert.Equal(matched, report.MatchedMentions);
    }

    [Fact]
    public void A_predicted_span_in_another_article_does_not_match()
    {
        // "Police" at offset 0 of a2's second sentence, claimed for a1 where that offset is in the shelling sentence? No:
        // keep the offsets of a2's arrest sentence but name a1, whose text there is a different sentence.
        var inA2 = Mention(A2, "Police in Quito detained");
        var report = Score(Single(inA2 with { ArticleId = "elsewhere" }));

        Assert.Equal(0, report.MatchedMentions);
    }

    [Fact]
    public void Each_gold_mention_is_matched_once()
    {
        var report = Score(Single(Mention(A1, "Troops shelled"), Mention(A1, "killing five people")));

        // Two predictions in E1's a1 sentence: one matches, the other is spurious. P = 1/2, R = 1/5.
        Assert.Equal(1, report.MatchedMentions);
        Assert.Equal(new PrecisionRecall(0.5, 0.2), report.Mention);
    }

    [Fact]
    public void Two_events_in_one_sentence_are_told_apart_by_the_evidence_overlap()
    {
        const string Text = "Rebels ambushed a convoy and kidnapped three aid workers.";
        var gold = new GoldCorpus(
            "one-sentence",
            new Dictionary<string, GoldArticle> { ["x"] = new("x", null, null, null) },
            [Event("ambush", "ambushed a convoy"), Event("kidnap", "kidnapped three aid workers")]);
        var articles = new Dictionary<string, EvaluationArticle> { ["x"] = new("x", Text, [new TextSpan(0, Text.Length)]) };
        // Listed kidnap-first: best overlap first still gives each its own gold mention.
        var kidnap = Predicted("p-kidnap", Text, "kidnapped");
        var ambush = Predicted("p-ambush", Text, "ambushed");

        var report = EvaluationScorer.Score(gold, articles, [kidnap, ambush]);

        Assert.Equal(2, report.MatchedMentions);
        Assert.Equal(new PrecisionRecall(1, 1), report.BCubed);
    }

    [Fact]
    public void Gold_evidence_missing_from_the_text_is_a_warning_not_a_crash()
    {
        var gold = new GoldCorpus(
            "bad-evidence",
            new Dictionary<string, GoldArticle> { [A1] = new(A1, null, null, null) },
            [Event("ghost", "words that are not there", A1)]);

        var report = EvaluationScorer.Score(gold, Articles, [Single(Mention(A1, "Troops shelled"))]);

        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("ghost", warning.Location, StringComparison.Ordinal);
        Assert.Equal(0, report.MatchedMentions);
    }

    [Fact]
    public void Without_sentences_the_evidence_itself_is_the_target()
    {
        var bare = new Dictionary<string, EvaluationArticle>
        {
            [A1] = Articles[A1] with { Sentences = [] },
            [A2] = Articles[A2] with { Sentences = [] },
        };
        var near = EvaluationScorer.Score(Gold, bare, [Single(Mention(A1, "killing five people"))]);
        var on = EvaluationScorer.Score(Gold, bare, [Single(Mention(A1, "shelled the town of"))]);

        Assert.Equal(0, near.MatchedMentions);
        Assert.Equal(1, on.MatchedMentions);
    }

    [Fact]
    public void A_missed_gold_mention_says_what_was_predicted_in_its_sentence()
    {
        // One prediction in a1's shelling sentence takes E1; nothing touches E3's sentences.
        var report = Score(Single(Mention(A1, "Troops shelled"), Mention(A1, "five people")));

        Assert.Contains(report.Misses, m => m is { Field: "mention", Article: A1, Evidence: "Police arrested two protesters", Predicted: "nothing" });
        Assert.Contains(report.Misses, m => m is { Field: "spurious", Evidence: "five people" });
    }

    private static GoldEvent Event(string id, string evidence, string article = "x") =>
        new(id, GoldEvent.IncidentKind, ["ASSAULT"], [], null, null, [], [], null, [new GoldMention(article, [evidence])]);

    private static PredictedEvent Predicted(string id, string text, string evidence)
    {
        var at = text.IndexOf(evidence, StringComparison.Ordinal);
        return new(id, "incident", "ASSAULT", null, null, null, [], [], null, [new PredictedMention("x", new TextSpan(at, at + evidence.Length), evidence)]);
    }
}