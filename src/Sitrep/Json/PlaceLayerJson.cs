using System.Text.Json;

using Sitrep.Geo;

namespace Sitrep.Json;

/// <summary>The "places" layer, also printed by <c>sitrep geo</c>.</summary>
public static class PlaceLayerJson
{
    /// <summary>
    /// Writes mentions as the JSON array ARCHITECTURE.md fixes:
    /// <c>[{ "start","end","text","name","country","admin1","lat","lon","precision" }]</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<PlaceMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mentions);
        writer.WriteStartArray();
        foreach (var item in mentions)
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