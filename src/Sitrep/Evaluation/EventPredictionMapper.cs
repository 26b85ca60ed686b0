using System.Globalization;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// Maps the event layers of analysed documents to the scorer's <see cref="PredictedEvent"/>s: one predicted event per
/// mention (no cross-article clustering), its evidence the mention's first sentence. Planned and denied mentions are left
/// out: gold records what happened.
/// </summary>
public static class EventPredictionMapper
{
    /// <summary>Every event mention of <paramref name="documents"/> as a one-mention predicted event; documents without an event layer give none.</summary>
    public static IReadOnlyList<PredictedEvent> FromDocuments(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new List<PredictedEvent>();
        foreach (var document in documents)
        {
            if (document.TryGet<EventLayer>() is not { } layer)
            {
                continue;
            }

            for (var i = 0; i < layer.Mentions.Count; i++)
            {
                var m = layer.Mentions[i];
                if (m.Modality is EventModality.Planned or EventModality.Denied)
                {
                    continue;
                }

                result.Add(new PredictedEvent(
                    string.Create(CultureInfo.InvariantCulture, $"{document.Id}#{i}"),
                    PloverTypeNames.NameOf(m.Kind),
                    PloverTypeNames.NameOf(m.Type),
                    m.Mode,
                    m.Date is { } d ? new EvalDate(d.From, d.To) : null,
                    m.Place is { } p ? new EvalPlace(p.Country, p.Admin1, p.Name) : null,
                    [.. m.Actors.Select(ToActor)],
                    [.. m.Recipients.Select(ToActor)],
                    m.Fatalities is { } f ? new EvalCount((int)Math.Min(f.Min, int.MaxValue), (int)Math.Min(f.Max, int.MaxValue)) : null,
                    [new PredictedMention(document.Id, m.Span, m.Span.Of(document.Text).ToString())]));
            }
        }

        return result;
    }

    private static PredictedActor ToActor(ActorMention actor) => new(actor.Name, actor.Aliases);
}