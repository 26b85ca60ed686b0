using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Json;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep geo "TEXT"</c>: resolve the places a snippet names.</summary>
internal static class GeoCommand
{
    public static Command Create(CliConsole console)
    {
        var text = new Argument<string>("text") { Description = "A sentence or snippet naming places." };
        var json = CommonOptions.Json();
        var command = new Command(
            "geo",
            """
            Resolve the places in a snippet against the bundled gazetteer: name, country, first-level division,
            coordinates and precision (1 exact place … 5 country or sea). Governments by metonymy ("Washington said")
            are not places.

            Examples:
              sitrep geo "The operation was carried out in the northeastern province of Sucumbios near the border with Colombia."
              sitrep geo "a strike in the eastern Pacific Ocean" --json
            """)
        {
            text, json,
        };
        command.SetAction(parse =>
        {
            var snippet = parse.GetRequiredValue(text);
            var resolver = new ToponymResolver(Gazetteer.LoadDefault());
            var places = resolver.Resolve(snippet);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("text", snippet);
                    writer.WritePropertyName("places");
                    PlaceLayerJson.Write(writer, places);
                    writer.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            if (places.Count == 0)
            {
                console.Human.MarkupLine("[dim]no places found[/]");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("text", "place", "country", "admin1", "lat", "lon", "precision");
            foreach (var mention in places)
            {
                var p = mention.Place;
                table.AddRow(
                    Markup.Escape(mention.Text), Markup.Escape(p.Name), p.Country ?? "", Markup.Escape(p.Admin1 ?? ""),
                    $"{p.Latitude:0.####}", $"{p.Longitude:0.####}", $"{p.Precision}");
            }

            console.Human.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}