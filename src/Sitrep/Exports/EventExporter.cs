using System.Runtime.CompilerServices;
using Sitrep.Clustering;
using Sitrep.Storage;

namespace Sitrep.Exports;

/// <summary>Reads the events a query selects from a store, page by page, and writes them in one format.</summary>
public static class EventExporter
{
    /// <summary>How many events one store query reads.</summary>
    public const int PageSize = 500;

    /// <summary>
    /// Writes every event matching <paramref name="query"/> (at most its limit) and <paramref name="filter"/> in
    /// <paramref name="format"/>.
    /// </summary>
    public static Task WriteAsync(
        IEventStore store, EventQuery query, ExportFormat format, ExportTables tables, Stream output, CancellationToken cancellationToken, ExportFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var events = (filter ?? ExportFilter.None).Apply(ReadAsync(store, query, cancellationToken), tables, cancellationToken);
        return format switch
        {
            ExportFormat.Csv => EventCsvWriter.WriteAsync(output, events, tables, cancellationToken),
            ExportFormat.JsonLines => EventJsonLinesWriter.WriteAsync(output, events, tables, cancellationToken),
            ExportFormat.GeoJson => EventGeoJsonWriter.WriteAsync(output, events, tables, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }

    /// <summary>
    /// The events matching <paramref name="query"/>, each with its mentions (for the evidence), read in pages of
    /// <see cref="PageSize"/> from the query's offset up to its limit.
    /// </summary>
    public static async IAsyncEnumerable<StoredEvent> ReadAsync(
        IEventStore store, EventQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var remaining = query.Limit;
        var offset = query.Offset;
        while (remaining > 0)
        {
            var page = await store.QueryEventsAsync(query with { Limit = Math.Min(PageSize, remaining), Offset = offset }, cancellationToken).ConfigureAwait(false);
            foreach (var e in page)
            {
                var stored = await store.GetEventAsync(e.Id, cancellationToken).ConfigureAwait(false);
                yield return stored ?? new StoredEvent(e, [], [], []);
            }

            if (page.Count < Math.Min(PageSize, remaining))
            {
                yield break;
            }

            remaining -= page.Count;
            offset += page.Count;
        }
    }
}