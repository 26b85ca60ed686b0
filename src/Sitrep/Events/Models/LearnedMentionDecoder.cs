namespace Sitrep.Events;

/// <summary>
/// The event stage's trained reading of one article (docs/event-models.md): each sentence the detector accepts becomes
/// a report with the type and kind the models give it and the arguments found around its best trigger; reports the
/// same-event model joins become one mention, its fields filled from every report in text order.
/// </summary>
internal static class LearnedMentionDecoder
{
    public static List<EventMention> Decode(EventReading reading, EventModels models)
    {
        var reports = new List<(int Sentence, EventMention Mention)>();
        for (var s = 0; s < reading.Sentences.Count; s++)
        {
            if (Detect(reading, models, s) is { } mention)
            {
                reports.Add((s, mention));
            }
        }

        var groups = new List<List<(int Sentence, EventMention Mention)>>();
        foreach (var report in reports)
        {
            var best = -1;
            var bestProbability = models.SameThreshold;
            for (var g = 0; g < groups.Count; g++)
            {
                if (groups[g][0].Mention.Kind != report.Mention.Kind)
                {
                    continue;
                }

                foreach (var (sentence, mention) in groups[g])
                {
                    var p = models.SameEvent.ProbabilityOf(PairFeatures.For(reading, sentence, mention, report.Sentence, report.Mention), "yes");
                    if (p >= bestProbability)
                    {
                        best = g;
                        bestProbability = p;
                    }
                }
            }

            if (best >= 0)
            {
                groups[best].Add(report);
            }
            else
            {
                groups.Add([report]);
            }
        }

        return groups.ConvertAll(g => reading.Finish(Join(g)));
    }

    /// <summary>The report of sentence <paramref name="sentence"/> when the detector accepts it, else null.</summary>
    public static EventMention? Detect(EventReading reading, EventModels models, int sentence)
    {
        var bag = SentenceFeatures.For(reading, sentence);
        if (models.Detector.ProbabilityOf(bag, "yes") < models.DetectThreshold
            || !PloverTypeNames.TryParse(models.Type.Best(bag).Class, out var type))
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
