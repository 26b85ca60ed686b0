using System.Text;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Json;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>
/// Shows an analysed document to a person: the text with entities coloured by type, then one table per span layer.
/// Tables are built from each layer's own JSON, so a new stage's layer appears here without changes.
/// </summary>
internal static class DocumentRenderer
{
    private static readonly Dictionary<EntityType, string> Colours = new()
    {
        [EntityType.Person] = "bold cyan",
        [EntityType.Org] = "bold magenta",
        [EntityType.Gpe] = "bold green",
        [EntityType.Loc] = "bold yellow",
        [EntityType.Norp] = "bold blue",
    };

    private static readonly HashSet<string> Unlisted = ["tokens", "sentences"];

    public static void Render(IAnsiConsole console, Document document)
    {
        console.Write(new Rule(Markup.Escape($"{document.Id}  published {document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}")).LeftJustified());
        if (document.Title is not null)
        {
            console.MarkupLine($"[bold]{Markup.Escape(document.Title)}[/]");
        }

        console.MarkupLine(Highlight(document));
        console.MarkupLine("[dim]entities: " + string.Join("  ", Colours.Select(c => $"[{c.Value}]{c.Key.ToString().ToUpperInvariant()}[/]")) + "[/]");
        var layers = document.Layers.Select(l => (l.Name, Json: ParsedLayerJson(l, document))).ToList();
        try
        {
            var counts = string.Join(", ", layers.Select(l => $"{l.Name} {Count(l.Json)}"));
            console.MarkupLine($"[dim]layers: {Markup.Escape(counts)}[/]");
            foreach (var (name, json) in layers.Where(l => !Unlisted.Contains(l.Name)))
            {
                RenderTable(console, name, json);
            }
        }
        finally
        {
            layers.ForEach(l => l.Json.Dispose());
        }
    }

    private static string Highlight(Document document)
    {
        var text = document.Text;
        if (document.TryGet<EntityLayer>() is not { } entities)
        {
            return Markup.Escape(text);
        }

        var builder = new StringBuilder(text.Length * 2);
        var at = 0;
        foreach (var entity in entities.Entities.OrderBy(e => e.Span.Start))
        {
            if (entity.Span.Start < at)
            {
                continue;
            }

            builder.Append(Markup.Escape(text[at..entity.Span.Start]));
            var colour = Colours.GetValueOrDefault(entity.Type, "bold");
            builder.Append('[').Append(colour).Append(']').Append(Markup.Escape(entity.Span.Of(text).ToString())).Append("[/]");
            at = entity.Span.End;
        }

        builder.Append(Markup.Escape(text[at..]));
        return builder.ToString();
    }

    private static int Count(JsonDocument json) =>
        json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.GetArrayLength() : 1;

    private static void RenderTable(IAnsiConsole console, string name, JsonDocument json)
    {
        if (json.RootElement.ValueKind != JsonValueKind.Array || json.RootElement.GetArrayLength() == 0)
        {
            return;
        }

        var columns = json.RootElement.EnumerateArray()
            .SelectMany(item => item.ValueKind == JsonValueKind.Object ? item.EnumerateObject().Select(p => p.Name) : [])
            .Where(name => name is not ("start" or "end"))
            .Distinct()
            .ToList();
        var table = new Table().Title(Markup.Escape(name)).AddColumns([.. columns.Select(Markup.Escape)]);
        foreach (var item in json.RootElement.EnumerateArray())
        {
            table.AddRow([.. columns.Select(c => Markup.Escape(item.TryGetProperty(c, out var value) ? Show(value) : ""))]);
        }

        console.Write(table);
    }

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Show)),
        JsonValueKind.Object => string.Join(", ", value.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => $"{p.Name} {Show(p.Value)}")),
        _ => value.GetRawText(),
    };

    private static JsonDocument ParsedLayerJson(IDocumentLayer layer, Document document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, SitrepJson.WriterOptions))
        {
            LayerJson.Write(writer, layer, document);
        }

        return JsonDocument.Parse(stream.ToArray());
    }
}