using System.Runtime.CompilerServices;
using Sitrep.Clustering;
using Sitrep.Storage;

namespace Sitrep.Exports;

/// <summary>
/// Export-only filters an ACLED user asks for (<c>sitrep export --acled-only --dated-only</c>): the event filters
/// select what Sitrep knows, these what an ACLED workflow can take.
/// </summary>
/// <param name="AcledTypesOnly">Only events of a type ACLED codes (no blank type, no PLOVER type outside ACLED's).</param>
/// <param name="DatedOnly">Only events with a date.</param>
public sealed record ExportFilter(bool AcledTypesOnly = false, bool DatedOnly = false)
{
    /// <summary>No filtering.</summary>
    public static ExportFilter None { get; } = new();

    /// <summary>True when <paramref name="stored"/> passes.</summary>
    public bool Accepts(StoredEvent stored, ExportTables tables)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return (!DatedOnly || stored.Event.Date.Value is not null)
            && (!AcledTypesOnly || AcledRows.TypeOf(stored.Event, tables).IsAcledEvent);
    }

    /// <summary>The events of <paramref name="events"/> that pass.</summary>
    public async IAsyncEnumerable<StoredEvent> Apply(IAsyncEnumerable<StoredEvent> events, ExportTables tables, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        await foreach (var stored in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (Accepts(stored, tables))
            {
                yield return stored;
            }
        }
    }
}