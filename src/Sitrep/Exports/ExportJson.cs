using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Clustering;
using Sitrep.Geo;
using Sitrep.Quantities;

namespace Sitrep.Exports;

/// <summary>JSON pieces the JSON Lines and GeoJSON exports share.</summary>
internal static class ExportJson
{
    /// <summary>Compact (one line per value), non-ASCII letters kept.</summary>
    public static JsonWriterOptions Compact { get; } = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteActors(Utf8JsonWriter writer, string name, IReadOnlyList<FusedActor> actors)
    {
        writer.WriteStartArray(name);
        foreach (var a in actors)
        {
            writer.WriteStartObject();
            writer.WriteString("name", a.Actor.Name);
            writer.WriteString("country", a.Actor.Country);
            writer.WriteString("sector", a.Actor.Sector.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WritePlace(Utf8JsonWriter writer, string name, Place? place)
    {
        if (place is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("name", place.Name);
        writer.WriteString("country", place.Country);
        writer.WriteString("admin1", place.Admin1);
        writer.WriteString("admin2", place.Admin2);
        writer.WriteNumber("lat", place.Latitude);
        writer.WriteNumber("lon", place.Longitude);
        writer.WriteNumber("precision", place.Precision);
        writer.WriteEndObject();
    }

    public static void WriteCount(Utf8JsonWriter writer, string name, FusedCount count)
    {
        if (count.Fused.Value is not CountRange value)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("min", value.Min);
        writer.WriteNumber("max", value.Max);
        if (count.Reported is CountRange reported)
        {
            writer.WriteNumber("reported_min", reported.Min);
            writer.WriteNumber("reported_max", reported.Max);
        }

        writer.WriteEndObject();
    }
}