using System.Globalization;
using Sitrep.Actors;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// Maps analysed documents to the scorer's <see cref="PredictedEvent"/>s: either one predicted event per mention
/// (<see cref="FromDocuments"/>, no cross-article clustering) or one per fused cluster (<see cref="FromClusters"/>).
/// A predicted mention's evidence is the event mention's span. Planned and denied mentions are left out: gold records
/// what happened.
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

    /// <summary>
    /// One predicted event per cluster of <paramref name="plan"/>, its fields fused (<see cref="EventFusion"/>) and one
    /// predicted mention per clustered mention; clusters fused as planned or denied, and planned or denied mentions,
    /// are left out. <paramref name="documents"/> supply the mentions' spans.
    /// </summary>
    public static IReadOnlyList<PredictedEvent> FromClusters(IReadOnlyList<Document> documents, ClusterPlan plan)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(plan);
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var result = new List<PredictedEvent>();
        foreach (var cluster in plan.Clusters)
        {
            var asserted = cluster.Mentions.Where(m => m.Modality is not (EventModality.Planned or EventModality.Denied)).ToList();
            if (asserted.Count == 0)
            {
                continue;
            }

            var fused = EventFusion.Fuse(cluster.EventId, asserted);
            var mentions = new List<PredictedMention>(asserted.Count);
            foreach (var m in asserted)
            {
                if (byId.TryGetValue(m.ArticleId, out var document) && document.TryGet<EventLayer>() is { } layer && m.Ordinal < layer.Mentions.Count)
                {
                    var span = layer.Mentions[m.Ordinal].Span;
                    mentions.Add(new PredictedMention(m.ArticleId, span, span.Of(document.Text).ToString()));
                }
            }

            result.Add(new PredictedEvent(
                fused.Id,
                PloverTypeNames.NameOf(fused.Kind),
                PloverTypeNames.NameOf(fused.Type.Value),
                fused.Mode.Value,
                fused.Date.Value is { } d ? new EvalDate(d.From, d.To) : null,
                fused.Place.Value is { } p ? new EvalPlace(p.Country, p.Admin1, p.Name) : null,
                [.. fused.Actors.Select(a => ToActor(a.Actor))],
                [.. fused.Recipients.Select(a => ToActor(a.Actor))],
                fused.Fatalities.Fused.Value is { } f ? new EvalCount((int)Math.Min(f.Min, int.MaxValue), (int)Math.Min(f.Max, int.MaxValue)) : null,
                mentions));
        }

        return result;
    }

    private static PredictedActor ToActor(ActorMention actor) => new(actor.Name, actor.Aliases);

    private static PredictedActor ToActor(ActorRef actor) => new(actor.Name, actor.Aliases);
}