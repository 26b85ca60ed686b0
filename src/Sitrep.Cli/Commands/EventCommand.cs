using System.CommandLine;
using System.Globalization;
using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Postgres;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep event ID</c>: one event's fields with their sources, disagreements, evidence and revisions.</summary>
internal static class EventCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The event id (as 'sitrep events' lists it; an old id of a merged event works too)." };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command(
            "event",
            """
            Show one event: every fused field with the sources that support it and, highlighted, the sources that say
            something else; the evidence each source gives; and the history of revisions.

            Examples:
              sitrep event ev_1f2e3d4c5b6a7980
              sitrep event ev_1f2e3d4c5b6a7980 --json
            """)
        {
            id, db, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetRequiredValue(db);
            if (!StoreFiles.Exists(console, dbPath))
            {
                return ExitCodes.SomeFailed;
            }

            var eventId = parse.GetRequiredValue(id).Trim();
            await using var store = await StoreOpener.OpenEventsAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
            var stored = await store.GetEventAsync(eventId, ct).ConfigureAwait(false);
            if (stored is null)
            {
                console.Error($"no event '{eventId}' in {StoreOpener.Describe(dbPath)}; 'sitrep events' lists the events.");
                return ExitCodes.SomeFailed;
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer => EventJsonWriter.WriteDetail(writer, stored));
                return ExitCodes.Ok;
            }

            Render(console.Human, stored);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes the event page for a terminal.</summary>
    public static void Render(IAnsiConsole output, StoredEvent stored)
    {
        var e = stored.Event;
        var label = stored.Mentions.ToDictionary(m => m.Id, m => m.Outlet ?? m.ArticleId, StringComparer.Ordinal);
        if (stored.RequestedId is { } requested)
        {
            output.MarkupLine($"[grey]{Markup.Escape(requested)} was merged into or renamed to {Markup.Escape(e.Id)}.[/]");
        }

        output.Write(new Rule($"[bold]{Markup.Escape(e.Id)}[/]") { Justification = Justify.Left });
        var fields = new Table().AddColumns("field", "value", "supported by", "[yellow]other sources say[/]");
        AddField(fields, "type", e.Type, PloverTypeNames.NameOf, label);
        AddField(fields, "mode", e.Mode, v => v ?? "", label);
        fields.AddRow("kind", PloverTypeNames.NameOf(e.Kind), "", "");
        AddField(fields, "modality", e.Modality, PloverTypeNames.NameOf, label);
        AddField(fields, "date", e.Date, EventsCommand.FormatDate, label);
        AddField(fields, "place", e.Place, EventsCommand.FormatPlace, label);
        AddActors(fields, "actors", e.Actors, label);
        AddActors(fields, "recipients", e.Recipients, label);
        AddCount(fields, "fatalities", e.Fatalities, label);
        AddCount(fields, "injuries", e.Injuries, label);
        AddCount(fields, "arrests", e.Arrests, label);
        fields.AddRow("sources", Markup.Escape($"{e.IndependentSources} independent of {e.Sources.Count}"), "", "");
        output.Write(fields);

        output.Write(new Rule("evidence") { Justification = Justify.Left });
        foreach (var m in stored.Mentions)
        {
            var published = m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date unknown";
            var copy = m.SyndicatedFrom is null ? "" : $", syndicated copy of {m.SyndicatedFrom}";
            output.MarkupLine($"[bold]{Markup.Escape(m.Outlet ?? "(no outlet)")}[/] {Markup.Escape(published)}, {Markup.Escape(m.ArticleId)}{Markup.Escape(copy)}");
            output.MarkupLine($"  “{Markup.Escape(ArticlesCommand.Shorten(m.Evidence.ReplaceLineEndings(" "), 400))}”");
        }

        if (stored.Revisions.Count > 0)
        {
            output.Write(new Rule("revisions") { Justification = Justify.Left });
            var revisions = new Table().AddColumns("at", "article", "field", "old", "new");
            foreach (var r in stored.Revisions)
            {
                revisions.AddRow(
                    r.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(r.ArticleId),
                    Markup.Escape(r.Field),
                    Markup.Escape(ArticlesCommand.Shorten(r.OldValue ?? "", 60)),
                    Markup.Escape(ArticlesCommand.Shorten(r.NewValue ?? "", 60)));
            }

            output.Write(revisions);
        }
    }

    private static void AddField<T>(Table table, string name, FusedValue<T> field, Func<T, string> format, Dictionary<string, string> label) =>
        table.AddRow(
            name,
            Markup.Escape(format(field.Value)),
            Markup.Escape(Sources(field.Support, label)),
            field.IsDisputed
                ? "[yellow]" + Markup.Escape(string.Join("; ", field.Disagreements.Select(d => $"{Label(d.MentionId, label)}: {format(d.Value)}"))) + "[/]"
                : "");

    private static void AddCount(Table table, string name, FusedCount count, Dictionary<string, string> label)
    {
        AddField(table, name, count.Fused, v => v?.ToString() ?? "", label);
        if (count.Reported is { } reported && count.Fused.Value is { } value && (reported.Min != value.Min || reported.Max != value.Max))
        {
            table.AddRow("", Markup.Escape($"reported range {reported}"), "", "");
        }
    }

    private static void AddActors(Table table, string name, IReadOnlyList<FusedActor> actors, Dictionary<string, string> label)
    {
        foreach (var a in actors)
        {
            var detail = string.Join(", ", new[] { a.Actor.Country, EventFieldJson.SectorName(a.Actor.Sector) }.Where(s => !string.IsNullOrEmpty(s)));
            table.AddRow(name, Markup.Escape($"{a.Actor.Name} ({detail})"), Markup.Escape(Sources(a.Support, label)), "");
            name = "";
        }
    }

    private static string Sources(IReadOnlyList<string> mentionIds, Dictionary<string, string> label) =>
        string.Join(", ", mentionIds.Select(id => Label(id, label)).Distinct(StringComparer.Ordinal));

    private static string Label(string mentionId, Dictionary<string, string> label) => label.GetValueOrDefault(mentionId, mentionId);
}