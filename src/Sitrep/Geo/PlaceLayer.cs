using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>The places stage's layer: each place mention with its resolved <see cref="Place"/>.</summary>
public sealed class PlaceLayer : IDocumentLayer
{
    /// <summary>Creates the layer from mentions in text order.</summary>
    public PlaceLayer(IReadOnlyList<PlaceMention> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    /// <inheritdoc/>
    public string Name => "places";

    /// <summary>The mentions, in text order.</summary>
    public IReadOnlyList<PlaceMention> Items { get; }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteItems(writer, Items);
    }

    /// <summary>
    /// Writes mentions as the JSON array ARCHITECTURE.md fixes:
    /// <c>{ "start","end","text","name","country","admin1","lat","lon","precision" }</c> (also used by <c>sitrep geo</c>).
    /// </summary>
    public static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<PlaceMention> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", item.Span.Start);
            writer.WriteNumber("end", item.Span.End);
            writer.WriteString("text", item.Text);
            writer.WriteString("name", item.Place.Name);
            writer.WriteString("country", item.Place.Country);
            writer.WriteString("admin1", item.Place.Admin1);
            writer.WriteNumber("lat", Math.Round(item.Place.Latitude, 4));
            writer.WriteNumber("lon", Math.Round(item.Place.Longitude, 4));
            writer.WriteNumber("precision", item.Place.Precision);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}