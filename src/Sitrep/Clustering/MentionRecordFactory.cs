using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ingest;

namespace Sitrep.Clustering;

/// <summary>Turns an analysed article's event layer into <see cref="MentionRecord"/>s.</summary>
public static class MentionRecordFactory
{
    /// <summary>
    /// One record per mention of <paramref name="document"/>'s event layer, in layer order; none without a layer.
    /// <paramref name="syndicatedFrom"/> is the id of the article this one copies, if the store linked it to one.
    /// </summary>
    public static IReadOnlyList<MentionRecord> FromDocument(Document document, Article article, string? syndicatedFrom)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        if (document.TryGet<EventLayer>() is not { } events)
        {
            return [];
        }

        var sentences = document.TryGet<SentenceLayer>();
        var records = new List<MentionRecord>(events.Mentions.Count);
        for (var i = 0; i < events.Mentions.Count; i++)
        {
            var m = events.Mentions[i];
            var spans = EvidenceSpans(m, sentences);
            records.Add(new MentionRecord(
                string.Create(CultureInfo.InvariantCulture, $"{article.Id}#{i}"),
                article.Id,
                i,
                article.Outlet,
                article.Published,
                syndicatedFrom,
                m.Type,
                m.Mode,
                m.Kind,
                m.Modality,
                [.. m.Actors.Select(ActorRef.From)],
                [.. m.Recipients.Select(ActorRef.From)],
                m.Date,
                m.MonthDay,
                m.Place,
                m.Fatalities,
                m.Injuries,
                m.Arrests,
                m.Trigger.Of(document.Text).ToString(),
                string.Join(' ', spans.Select(s => s.Of(document.Text).ToString().Trim())),
                spans));
        }

        return records;
    }

    private static TextSpan[] EvidenceSpans(EventMention mention, SentenceLayer? sentences)
    {
        if (sentences is null || mention.SentenceIndexes.Count == 0)
        {
            return [mention.Span];
        }

        return [.. mention.SentenceIndexes.Where(i => i >= 0 && i < sentences.Sentences.Length).Select(i => sentences.Sentences[i].Span)];
    }
}