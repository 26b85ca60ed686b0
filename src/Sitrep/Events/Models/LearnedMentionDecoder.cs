namespace Sitrep.Events;

/// <summary>
/// The event stage's trained reading of one article (docs/event-models.md): each sentence the detector accepts becomes
/// a report with the type and kind the models give it and the arguments found around its best trigger; reports the
/// same-event model joins become one mention, its fields filled from every report in text order.
/// </summary>
internal static class LearnedMentionDecoder
{
    public static List<EventMention> Decode(EventReading reading, EventModels models) =>
        new ArticleScores(reading, models).Decode(models.DetectThreshold, models.SameThreshold).ConvertAll(g => reading.Finish(g.Mention));
}