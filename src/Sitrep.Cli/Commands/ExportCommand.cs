using System.CommandLine;
using System.Text;
using Sitrep.Exports;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export</c>: the events matching the filters as CSV (ACLED-style), JSON Lines (PLOVER-style) or GeoJSON.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format") { Description = "csv (ACLED columns), jsonl (PLOVER records) or geojson (points); the API's /api/export.FORMAT.", Required = true }
            .OneOf([.. Enum.GetValues<ExportFormat>().Select(ExportFormatNames.NameOf)]);
        var acledOnly = new Option<bool>("--acled-only") { Description = "Only events of a type ACLED codes: leaves out PLOVER types outside ACLED (CONSULT, ACCUSE, …) and violence whose ACLED type the codebook cannot give (tagged in the CSV)." };
        var datedOnly = new Option<bool>("--dated-only") { Description = "Only events with a date (an undated event has an empty event_date and the tag 'sitrep: undated')." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command(
            "export",
            """
            Export events: CSV with ACLED's export columns by name and in order (PLOVER types mapped to ACLED
            event types, inter and interaction codes from the actors' sectors, ACLED's conservative fatalities,
            Sitrep's columns after ACLED's), JSON Lines with one PLOVER-style record per event and every source,
            or a GeoJSON FeatureCollection of every event (a null geometry when unplaced).

            Examples:
              sitrep export --format csv --country EC -o events.csv
              sitrep export --format csv --acled-only --dated-only --since 2026 -o acled.csv
              sitrep export --format geojson --type ASSAULT --since 2026-03-01 > strikes.geojson
            """)
        {
            db, format, output, acledOnly, datedOnly,
        };
        filters.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetRequiredValue(db);
            if (!StoreFiles.Exists(console, dbPath) || !ExportFormatNames.TryParse(parse.GetValue(format), out var chosen))
            {
                return ExitCodes.SomeFailed;
            }

            // The output path is checked (and its file opened) before the store is read.
            var file = parse.GetValue(output) is { } path ? OutputFile.TryOpen(console, "--output", path) : null;
            if (parse.GetValue(output) is not null && file is null)
            {
                return ExitCodes.Usage;
            }

            // Disposed on every path: a failed export removes its temporary file.
            await using var outputScope = file;
            await using var store = await SqliteEventStore.OpenAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            var query = filters.Read(parse, sort: EventSort.DateAscending);
            var tables = ExportTables.LoadDefault();
            var exportFilter = new ExportFilter(parse.GetValue(acledOnly), parse.GetValue(datedOnly));
            if (file is not null)
            {
                await EventExporter.WriteAsync(store, query, chosen, tables, file.Stream, ct, exportFilter).ConfigureAwait(false);
                file.Commit();
                return ExitCodes.Ok;
            }

            using var buffer = new MemoryStream();
            await EventExporter.WriteAsync(store, query, chosen, tables, buffer, ct, exportFilter).ConfigureAwait(false);
            await console.Json.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), ct).ConfigureAwait(false);
            await console.Json.FlushAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}