using System.Globalization;
using CsvHelper;
using Sitrep.Clustering;
using Sitrep.Storage;

namespace Sitrep.Exports;

/// <summary>
/// Writes events as CSV with ACLED-style columns (<see cref="AcledCsvRow"/>), RFC 4180, UTF-8 without BOM. Text
/// fields that a spreadsheet would run as a formula (=, +, -, @ first: CSV injection, OWASP) are escaped, since the
/// notes quote news text.
/// </summary>
public static class EventCsvWriter
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, NewLine = "\r\n" };

    /// <summary>Writes the header and one row per event to <paramref name="stream"/> (left open).</summary>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<StoredEvent> events, ExportTables tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteHeader([.. AcledCsvRow.Columns]);
            await foreach (var stored in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteRow(csv, AcledRows.From(stored, tables));
                await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads rows written by <see cref="WriteAsync"/> back, by column name (for round trips and tools).</summary>
    public static IReadOnlyList<AcledCsvRow> Read(string text)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = true });
        var rows = new List<AcledCsvRow>();
        while (csv.Read())
        {
            string S(string name) => csv.GetStringOrNull(name) ?? "";
            int? I(string name) => int.TryParse(S(name), CultureInfo.InvariantCulture, out var v) ? v : null;
            long? L(string name) => long.TryParse(S(name), CultureInfo.InvariantCulture, out var v) ? v : null;
            double? D(string name) => double.TryParse(S(name), CultureInfo.InvariantCulture, out var v) ? v : null;
            rows.Add(new AcledCsvRow
            {
                EventIdCnty = S("event_id_cnty"),
                EventDate = S("event_date"),
                Year = I("year"),
                TimePrecision = I("time_precision"),
                DisorderType = S("disorder_type"),
                EventType = S("event_type"),
                SubEventType = S("sub_event_type"),
                Actor1 = S("actor1"),
                AssocActor1 = S("assoc_actor_1"),
                Inter1 = I("inter1"),
                Actor2 = S("actor2"),
                AssocActor2 = S("assoc_actor_2"),
                Inter2 = I("inter2"),
                Interaction = I("interaction"),
                CivilianTargeting = S("civilian_targeting"),
                Iso = I("iso"),
                Region = S("region"),
                Country = S("country"),
                Admin1 = S("admin1"),
                Admin2 = S("admin2"),
                Admin3 = S("admin3"),
                Location = S("location"),
                Latitude = D("latitude"),
                Longitude = D("longitude"),
                GeoPrecision = I("geo_precision"),
                Source = S("source"),
                SourceScale = S("source_scale"),
                Notes = S("notes"),
                Fatalities = L("fatalities") ?? 0,
                Tags = S("tags"),
                Timestamp = L("timestamp"),
                PloverType = S("plover_type"),
                EventDateEnd = S("event_date_end"),
                FatalitiesMax = L("fatalities_max"),
                SourceCount = I("source_count") ?? 0,
            });
        }

        return rows;
    }

    // In the order of AcledCsvRow.Columns.
    private static void WriteRow(CsvWriter csv, AcledCsvRow row)
    {
        csv.WriteField(row.EventIdCnty);
        csv.WriteField(row.EventDate);
        WriteNumber(csv, row.Year);
        WriteNumber(csv, row.TimePrecision);
        csv.WriteField(row.DisorderType);
        csv.WriteField(row.EventType);
        csv.WriteField(row.SubEventType);
        csv.WriteField(row.Actor1);
        csv.WriteField(row.AssocActor1);
        WriteNumber(csv, row.Inter1);
        csv.WriteField(row.Actor2);
        csv.WriteField(row.AssocActor2);
        WriteNumber(csv, row.Inter2);
        WriteNumber(csv, row.Interaction);
        csv.WriteField(row.CivilianTargeting);
        WriteNumber(csv, row.Iso);
        csv.WriteField(row.Region);
        csv.WriteField(row.Country);
        csv.WriteField(row.Admin1);
        csv.WriteField(row.Admin2);
        csv.WriteField(row.Admin3);
        csv.WriteField(row.Location);
        WriteNumber(csv, row.Latitude);
        WriteNumber(csv, row.Longitude);
        WriteNumber(csv, row.GeoPrecision);
        csv.WriteField(row.Source);
        csv.WriteField(row.SourceScale);
        csv.WriteField(row.Notes);
        WriteNumber(csv, (long?)row.Fatalities);
        csv.WriteField(row.Tags);
        WriteNumber(csv, row.Timestamp);
        csv.WriteField(row.PloverType);
        csv.WriteField(row.EventDateEnd);
        WriteNumber(csv, row.FatalitiesMax);
        WriteNumber(csv, (int?)row.SourceCount);
    }

    // Numbers are written as numbers (invariant culture, round-trippable), so a negative longitude is never
    // mistaken for a formula and escaped.
    private static void WriteNumber<T>(CsvWriter csv, T? value)
        where T : struct, ISpanFormattable, IUtf8SpanFormattable
    {
        if (value is { } v)
        {
            csv.WriteField(v, default);
        }
        else
        {
            csv.WriteField(string.Empty);
        }
    }
}