using System.Text.Json;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Clustering;

/// <summary>
/// The revisions between two versions of an event: one per fused field whose value changed, with the values as the
/// same JSON <see cref="EventJsonWriter"/> prints.
/// </summary>
public static class EventRevisions
{
    private static readonly (string Field, Func<FusedEvent, string> Json)[] Fields =
    [
        ("type", e => EventFieldJson.Compact(w => w.WriteStringValue(PloverTypeNames.NameOf(e.Type.Value)))),
        ("mode", e => EventFieldJson.Compact(w => w.WriteStringValue(e.Mode.Value))),
        ("modality", e => EventFieldJson.Compact(w => w.WriteStringValue(PloverTypeNames.NameOf(e.Modality.Value)))),
        ("date", e => EventFieldJson.Compact(w => EventFieldJson.WriteDate(w, e.Date.Value))),
        ("place", e => EventFieldJson.Compact(w => EventFieldJson.WritePlace(w, e.Place.Value))),
        ("actors", e => EventFieldJson.Compact(w => EventFieldJson.WriteActors(w, e.Actors.Select(a => a.Actor)))),
        ("recipients", e => EventFieldJson.Compact(w => EventFieldJson.WriteActors(w, e.Recipients.Select(a => a.Actor)))),
        ("fatalities", e => EventFieldJson.Compact(w => EventFieldJson.WriteCount(w, e.Fatalities.Fused.Value))),
        ("injuries", e => EventFieldJson.Compact(w => EventFieldJson.WriteCount(w, e.Injuries.Fused.Value))),
        ("arrests", e => EventFieldJson.Compact(w => EventFieldJson.WriteCount(w, e.Arrests.Fused.Value))),
        ("sources", e => EventFieldJson.Compact(w => WriteStrings(w, e.Sources.Select(s => s.ArticleId)))),
    ];

    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="after"/> because of <paramref name="articleId"/>:
    /// a "created" revision for a new event, one revision per changed field otherwise.
    /// </summary>
    public static IReadOnlyList<EventRevision> Diff(FusedEvent? before, FusedEvent after, string articleId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(articleId);
        if (before is null)
        {
            var created = EventFieldJson.Compact(w => EventJsonWriter.WriteSummary(w, after));
            return [new EventRevision(after.Id, at, articleId, "created", null, created)];
        }

        var revisions = new List<EventRevision>();
        if (before.Id != after.Id)
        {
            revisions.Add(new EventRevision(after.Id, at, articleId, "id", Quote(before.Id), Quote(after.Id)));
        }

        foreach (var (field, json) in Fields)
        {
            var old = json(before);
            var now = json(after);
            if (old != now)
            {
                revisions.Add(new EventRevision(after.Id, at, articleId, field, old, now));
            }
        }

        return revisions;
    }

    /// <summary>The revision recording that <paramref name="absorbed"/> no longer exists (merged into <paramref name="successorId"/>, or dissolved).</summary>
    public static EventRevision Removed(FusedEvent absorbed, string? successorId, string articleId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(absorbed);
        return new EventRevision(absorbed.Id, at, articleId, "merged", Quote(absorbed.Id), successorId is null ? null : Quote(successorId));
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    private static void WriteStrings(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray();
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }
}