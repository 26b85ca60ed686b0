using System.CommandLine;
using System.Text;
using Sitrep.Exports;
using Sitrep.Postgres;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export</c>: the events matching the filters as CSV (ACLED-style), JSON Lines (PLOVER-style) or GeoJSON.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format") { Description = "csv (ACLED columns), jsonl (PLOVER records) or geojson (points).", HelpName = "FORMAT", Required = true };
        format.AcceptOnlyFromAmong([.. Enum.GetValues<ExportFormat>().Select(ExportFormatNames.NameOf)]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command(
            "export",
            """
            Export events: CSV with ACLED-style columns (PLOVER types mapped to ACLED event types, ACLED's
            conservative fatalities), JSON Lines with one PLOVER-style record per event and every source, or a
            GeoJSON FeatureCollection of points.

            Examples:
              sitrep export --format csv --country EC -o events.csv
              sitrep export --format geojson --type ASSAULT --since 2026-03-01 > strikes.geojson
            """)
        {
            db, format, output,
        };
        filters.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetRequiredValue(db);
            if (!StoreFiles.Exists(console, dbPath) || !ExportFormatNames.TryParse(parse.GetValue(format), out var chosen))
            {
                return ExitCodes.SomeFailed;
            }

            await using var store = await StoreOpener.OpenEventsAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            var query = filters.Read(parse, sort: EventSort.DateAscending);
            var tables = ExportTables.LoadDefault();
            if (parse.GetValue(output) is { } path)
            {
                var file = File.Create(path);
                await using (file.ConfigureAwait(false))
                {
                    await EventExporter.WriteAsync(store, query, chosen, tables, file, ct).ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }

            using var buffer = new MemoryStream();
            await EventExporter.WriteAsync(store, query, chosen, tables, buffer, ct).ConfigureAwait(false);
            await console.Json.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), ct).ConfigureAwait(false);
            await console.Json.FlushAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}