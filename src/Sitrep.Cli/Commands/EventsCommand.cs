using System.CommandLine;
using System.Globalization;
using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: list the fused events of the store.</summary>
internal static class EventsCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var filters = new EventFilterOptions();
        var limit = new Option<int>("--limit") { Description = "At most this many events.", HelpName = "N", DefaultValueFactory = _ => 50 }.AtLeast(1);
        var sort = new Option<string>("--sort") { Description = "The order of the list (the API's sort names): date_desc newest first, date_asc oldest first, sources most independent sources first, fatalities most dead first.", DefaultValueFactory = _ => EventSortNames.NameOf(EventSort.DateDescending) }
            .OneOf([.. EventSortNames.All.Select(p => p.Name)]);
        var command = new Command(
            "events",
            """
            List events: each one real-world event fused from every report of it, newest first.
            A '!' marks an event whose sources disagree on some field; 'sitrep event ID' shows who says what.

            Examples:
              sitrep events --country EC --since 2026-03-01
              sitrep events --since 2025 --until 2025-06 --within --sort fatalities
              sitrep events --type ASSAULT --actor "Comandos de la Frontera" --min-sources 2 --json
            """)
        {
            db, json, limit, sort,
        };
        filters.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetRequiredValue(db);
            if (!StoreFiles.Exists(console, dbPath))
            {
                return ExitCodes.SomeFailed;
            }

            await using var store = await SqliteEventStore.OpenAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            _ = EventSortNames.TryParse(parse.GetValue(sort), out var order);
            var query = filters.Read(parse, parse.GetValue(limit), 0, order);
            var found = await store.QueryEventsAsync(query, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var e in found)
                    {
                        EventJsonWriter.WriteSummary(writer, e);
                    }

                    writer.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            var total = await store.CountEventsAsync(query, ct).ConfigureAwait(false);
            console.Human.Write(EventTable(found));
            console.Human.MarkupLine(total > found.Count ? $"{found.Count} of {total} event(s); --limit shows more" : $"{found.Count} event(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The one-line-per-event table <c>events</c> and <c>demo</c> print.</summary>
    public static Table EventTable(IReadOnlyList<FusedEvent> events)
    {
        var table = new Table().AddColumns("id", "date", "type", "kind", "place", "actors → recipients", "dead", "sources");
        foreach (var e in events)
        {
            table.AddRow(
                Markup.Escape(e.Id) + (EventJsonWriter.IsDisputed(e) ? " [yellow]![/]" : ""),
                Markup.Escape(FormatDate(e.Date.Value)),
                Markup.Escape(PloverTypeNames.NameOf(e.Type.Value) + (e.Mode.Value is { } mode ? "/" + mode : "")),
                Markup.Escape(PloverTypeNames.NameOf(e.Kind) + (e.Modality.Value == EventModality.Asserted ? "" : ", " + PloverTypeNames.NameOf(e.Modality.Value))),
                Markup.Escape(FormatPlace(e.Place.Value)),
                Markup.Escape(ArticlesCommand.Shorten(Names(e.Actors) + " → " + Names(e.Recipients), 60)),
                Markup.Escape(e.Fatalities.Fused.Value?.ToString() ?? ""),
                e.IndependentSources.ToString(CultureInfo.InvariantCulture) + (e.Sources.Count > e.IndependentSources ? $" (+{e.Sources.Count - e.IndependentSources} copies)" : ""));
        }

        return table;
    }

    internal static string FormatDate(Time.DateInterval? date) => date switch
    {
        null => "?",
        { } d when d.From == d.To => d.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } d => $"{d.From:yyyy-MM-dd}…{d.To:yyyy-MM-dd}",
    };

    internal static string FormatPlace(Geo.Place? place) => place is null
        ? "?"
        : string.Join(", ", new[] { place.Name, place.Admin1 != place.Name ? place.Admin1 : null, place.Country }.Where(p => !string.IsNullOrEmpty(p)));

    private static string Names(IReadOnlyList<FusedActor> actors) => actors.Count == 0 ? "?" : string.Join("; ", actors.Select(a => a.Actor.Name));
}