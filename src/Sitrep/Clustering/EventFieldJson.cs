using System.Text;
using System.Text.Json;
using Sitrep.Actors;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Clustering;

/// <summary>
/// The JSON of one event field's value, the same wherever it appears: <c>sitrep events --json</c>, the provenance of
/// <c>sitrep event ID --json</c>, the API, and the old and new values of a revision.
/// </summary>
public static class EventFieldJson
{
    /// <summary>Writes <c>{from, to, precision}</c> or null.</summary>
    public static void WriteDate(Utf8JsonWriter writer, DateInterval? date)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (date is not { } d)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        SitrepJson.WriteDate(writer, "from", d.From);
        SitrepJson.WriteDate(writer, "to", d.To);
        writer.WriteString("precision", d.Precision.ToJsonName());
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{name, country, admin1, admin2, lat, lon, precision}</c> or null.</summary>
    public static void WritePlace(Utf8JsonWriter writer, Place? place)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (place is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("name", place.Name);
        writer.WriteString("country", place.Country);
        writer.WriteString("admin1", place.Admin1);
        writer.WriteString("admin2", place.Admin2);
        writer.WriteNumber("lat", Math.Round(place.Latitude, 5));
        writer.WriteNumber("lon", Math.Round(place.Longitude, 5));
        writer.WriteNumber("precision", place.Precision);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{min, max}</c> or null.</summary>
    public static void WriteCount(Utf8JsonWriter writer, CountRange? count)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (count is not { } c)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("min", c.Min);
        writer.WriteNumber("max", c.Max);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{name, country, sector}</c>.</summary>
    public static void WriteActor(Utf8JsonWriter writer, ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(actor);
        writer.WriteStartObject();
        writer.WriteString("name", actor.Name);
        writer.WriteString("country", actor.Country);
        writer.WriteString("sector", SectorName(actor.Sector));
        writer.WriteEndObject();
    }

    /// <summary>Writes the list of actors' names, objects as <see cref="WriteActor"/>.</summary>
    public static void WriteActors(Utf8JsonWriter writer, IEnumerable<ActorRef> actors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(actors);
        writer.WriteStartArray();
        foreach (var actor in actors)
        {
            WriteActor(writer, actor);
        }

        writer.WriteEndArray();
    }

    /// <summary>The lower-case sector name ("military").</summary>
    public static string SectorName(ActorSector sector) => sector.ToString().ToLowerInvariant();

    /// <summary>The compact JSON text <paramref name="write"/> produces (a revision's old or new value).</summary>
    public static string Compact(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SitrepJson.WriterOptions.Encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}