using Sitrep.Evaluation;
using Sitrep.Events;

namespace Sitrep.Training;

/// <summary>
/// One analysed gold article as the event trainer reads it: the event stage's reading, each sentence's features, and
/// the gold events each sentence reports (a sentence reports an event when it holds one of the event's evidence
/// strings in this article — the scorer's matching rule, EVALUATION.md).
/// </summary>
public sealed class PreparedArticle
{
    private IReadOnlyList<LabelledExample>? pairs;

    internal PreparedArticle(EventReading reading, IReadOnlyList<IReadOnlyList<GoldEvent>> goldBySentence)
    {
        Reading = reading;
        GoldBySentence = goldBySentence;
        SentenceFeatures = [.. Enumerable.Range(0, reading.Sentences.Count).Select(s => Events.SentenceFeatures.For(reading, s))];
    }

    /// <summary>The article id.</summary>
    public string Id => Reading.Document.Id;

    /// <summary>The features of each sentence, in order.</summary>
    public IReadOnlyList<FeatureBag> SentenceFeatures { get; }

    /// <summary>The gold events each sentence reports (empty for most).</summary>
    public IReadOnlyList<IReadOnlyList<GoldEvent>> GoldBySentence { get; }

    internal EventReading Reading { get; }

    /// <summary>
    /// The same-event examples: every pair of sentences that report gold events, each drafted with its gold type,
    /// labelled "yes" when the two share an event.
    /// </summary>
    public IReadOnlyList<LabelledExample> PairExamples()
    {
        if (pairs is not null)
        {
            return pairs;
        }

        var positive = Enumerable.Range(0, GoldBySentence.Count).Where(s => GoldBySentence[s].Count > 0 && TypeOf(GoldBySentence[s][0]) is not null).ToList();
        var result = new List<LabelledExample>();
        for (var i = 0; i < positive.Count; i++)
        {
            var a = positive[i];
            var draftA = Draft(a);
            for (var j = i + 1; j < positive.Count; j++)
            {
                var b = positive[j];
                var same = GoldBySentence[a].Intersect(GoldBySentence[b]).Any();
                result.Add(new LabelledExample(PairFeatures.For(Reading, a, draftA, b, Draft(b)), same ? "yes" : "no"));
            }
        }

        return pairs = result;
    }

    /// <summary>The PLOVER type of a gold event: its first acceptable answer this build knows, or null.</summary>
    public static PloverType? TypeOf(GoldEvent goldEvent)
    {
        foreach (var name in goldEvent.Types)
        {
            if (PloverTypeNames.TryParse(name, out var type))
            {
                return type;
            }
        }

        return null;
    }

    private EventMention Draft(int sentence)
    {
        var gold = GoldBySentence[sentence][0];
        var kind = gold.IsAggregate ? EventKind.Aggregate : EventKind.Incident;
        return Reading.Draft(sentence, TypeOf(gold)!.Value) with { Kind = kind };
    }
}