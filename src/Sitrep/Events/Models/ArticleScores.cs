namespace Sitrep.Events;

/// <summary>
/// The models' view of one article before any threshold is applied: each sentence's probability of reporting an event
/// with its draft report (type and kind decided), and the same-event probability of any two reports, computed once
/// and cached. <see cref="Decode"/> turns them into mentions at given thresholds, so training can choose the thresholds
/// on held-out articles without recomputing features.
/// </summary>
internal sealed class ArticleScores
{
    private readonly EventReading reading;
    private readonly EventModels models;
    private readonly (double Probability, EventMention? Draft)[] sentences;
    private readonly Dictionary<(int, int), double> pairs = [];

    /// <summary>Scores every sentence of <paramref name="reading"/>; <paramref name="features"/> are its sentences' features when the caller has them already (training).</summary>
    public ArticleScores(EventReading reading, EventModels models, IReadOnlyList<FeatureBag>? features = null)
    {
        this.reading = reading;
        this.models = models;
        sentences = new (double, EventMention?)[reading.Sentences.Count];
        for (var s = 0; s < sentences.Length; s++)
        {
            var bag = features?[s] ?? SentenceFeatures.For(reading, s);
            var p = models.Detector.ProbabilityOf(bag, "yes");
            sentences[s] = (p, p >= MinimumDetect && Draft(bag, s) is { } draft ? draft : null);
        }
    }

    /// <summary>Below this no threshold is tried, and no draft is built.</summary>
    public const double MinimumDetect = 0.05;

    /// <summary>The probability that sentence <paramref name="sentence"/> reports an event.</summary>
    public double Detect(int sentence) => sentences[sentence].Probability;

    /// <summary>The mentions at the given thresholds: reports of accepted sentences, joined where the same-event model says so.</summary>
    public List<(List<int> Sentences, EventMention Mention)> Decode(double detectThreshold, double sameThreshold)
    {
        var groups = new List<List<(int Sentence, EventMention Mention)>>();
        for (var s = 0; s < sentences.Length; s++)
        {
            if (sentences[s].Probability < detectThreshold || sentences[s].Draft is not { } draft)
            {
                continue;
            }

            var best = -1;
            var bestProbability = sameThreshold;
            for (var g = 0; g < groups.Count; g++)
            {
                if (groups[g][0].Mention.Kind != draft.Kind)
                {
                    continue;
                }

                foreach (var (sentence, mention) in groups[g])
                {
                    var p = Same(sentence, mention, s, draft);
                    if (p >= bestProbability)
                    {
                        best = g;
                        bestProbability = p;
                    }
                }
            }

            if (best >= 0)
            {
                groups[best].Add((s, draft));
            }
            else
            {
                groups.Add([(s, draft)]);
            }
        }

        return groups.ConvertAll(g => (g.ConvertAll(r => r.Sentence), Join(g)));
    }

    private double Same(int a, EventMention first, int b, EventMention second)
    {
        if (!pairs.TryGetValue((a, b), out var p))
        {
            pairs[(a, b)] = p = models.SameEvent.ProbabilityOf(PairFeatures.For(reading, a, first, b, second), "yes");
        }

        return p;
    }

    private EventMention? Draft(FeatureBag bag, int sentence)
    {
        if (!PloverTypeNames.TryParse(models.Type.Best(bag).Class, out var type))
        {
            return null;
        }

        var kind = models.Kind.Best(bag).Class == "aggregate" ? EventKind.Aggregate : EventKind.Incident;
        var mention = reading.Draft(sentence, type) with { Kind = kind };
        return EventReading.AfterPublication(reading.Document, mention) ? null : mention;
    }

    // The first report is the main one; a later report fills what it leaves open (the toll in a later sentence).
    private static EventMention Join(List<(int Sentence, EventMention Mention)> group)
    {
        var main = group[0].Mention;
        foreach (var (_, m) in group.Skip(1))
        {
            main = main with
            {
                Date = main.Date ?? m.Date,
                MonthDay = main.Date is null ? main.MonthDay ?? m.MonthDay : main.MonthDay,
                Place = main.Place ?? m.Place,
                Fatalities = main.Fatalities ?? m.Fatalities,
                Injuries = main.Injuries ?? m.Injuries,
                Arrests = main.Arrests ?? m.Arrests,
                Actors = main.Actors.Count > 0 ? main.Actors : m.Actors,
                Recipients = main.Recipients.Count > 0 ? main.Recipients : m.Recipients,
            };
        }

        return main with { SentenceIndexes = [.. group.SelectMany(r => r.Mention.SentenceIndexes).Distinct().Order()] };
    }
}