using System.Text.Json;
using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Exports;

/// <summary>
/// Writes events as JSON Lines, one PLOVER-style record per line (PLOVER codebook's record: id, date, actor,
/// recipient, event, mode, context, event_loc, event_text, cite_info; plus enddate and size).
/// </summary>
public static class EventJsonLinesWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes one line per event to <paramref name="stream"/> (left open).</summary>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<StoredEvent> events, ExportTables tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var writer = new Utf8JsonWriter(stream, ExportJson.Compact);
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var stored in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteRecord(writer, stored, tables);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                await stream.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
                writer.Reset(stream);
            }
        }
    }

    /// <summary>Writes the record of <paramref name="stored"/> as one JSON object.</summary>
    public static void WriteRecord(Utf8JsonWriter writer, StoredEvent stored, ExportTables tables)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(stored);
        var e = stored.Event;
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("date", e.Date.Value is { } from ? AcledRows.Day(from.From) : null);
        writer.WriteString("enddate", e.Date.Value is { } to ? AcledRows.Day(to.To) : null);
        writer.WriteString("date_precision", e.Date.Value is { } unit ? unit.Precision.ToJsonName() : null);
        writer.WriteString("event", AcledRows.TypeName(e));
        writer.WriteString("mode", e.Mode.Value);
        writer.WriteString("kind", PloverTypeNames.NameOf(e.Kind));
        writer.WriteString("modality", PloverTypeNames.NameOf(e.Modality.Value));
        ExportJson.WriteActors(writer, "actor", e.Actors);
        ExportJson.WriteActors(writer, "recipient", e.Recipients);
        writer.WriteStartArray("context");
        foreach (var context in tables.Contexts.Of(e))
        {
            writer.WriteStringValue(context);
        }

        writer.WriteEndArray();
        ExportJson.WritePlace(writer, "event_loc", e.Place.Value);
        writer.WriteStartObject("size");
        WriteConservative(writer, "dead", e.Fatalities);
        WriteConservative(writer, "injured", e.Injuries);
        WriteConservative(writer, "arrested", e.Arrests);
        writer.WriteEndObject();
        writer.WriteString("event_text", AcledRows.FirstEvidence(stored));
        writer.WriteNumber("independent_sources", e.IndependentSources);
        writer.WriteStartArray("cite_info");
        foreach (var source in e.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("article_id", source.ArticleId);
            writer.WriteString("outlet", source.Outlet);
            writer.WriteString("published", source.Published is { } day ? AcledRows.Day(day) : null);
            writer.WriteString("syndicated_from", source.SyndicatedFrom);
            writer.WriteString("evidence", string.Join(" ", stored.Mentions.Where(m => m.ArticleId == source.ArticleId).Select(m => m.Evidence)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // ACLED's rule: the most conservative figure (the fused minimum); null when no source gives one.
    private static void WriteConservative(Utf8JsonWriter writer, string name, FusedCount count)
    {
        if (count.Fused.Value is { } value)
        {
            writer.WriteNumber(name, value.Min);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}