using System.Text.Json;
using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Exports;

/// <summary>
/// Writes events as a GeoJSON FeatureCollection (RFC 7946): one Point feature per placed event, coordinates
/// [longitude, latitude] in WGS 84; events without a place are left out (a map cannot show them).
/// </summary>
public static class EventGeoJsonWriter
{
    /// <summary>Writes the collection to <paramref name="stream"/> (left open).</summary>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<StoredEvent> events, ExportTables tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(tables);
        var writer = new Utf8JsonWriter(stream, ExportJson.Compact);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            await foreach (var stored in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (stored.Event.Place.Value is not null)
                {
                    WriteFeature(writer, stored, tables);
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteFeature(Utf8JsonWriter writer, StoredEvent stored, ExportTables tables)
    {
        var e = stored.Event;
        var place = e.Place.Value!;
        var acled = tables.AcledTypes.Map(e.Type.Value, e.Mode.Value);
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", e.Id);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        writer.WriteNumberValue(place.Longitude);
        writer.WriteNumberValue(place.Latitude);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("id", e.Id);
        writer.WriteString("type", AcledRows.TypeName(e));
        writer.WriteString("mode", e.Mode.Value);
        writer.WriteString("kind", PloverTypeNames.NameOf(e.Kind));
        writer.WriteString("modality", PloverTypeNames.NameOf(e.Modality.Value));
        writer.WriteString("acled_event_type", acled.EventType);
        writer.WriteString("acled_sub_event_type", acled.SubEventType);
        writer.WriteString("date", e.Date.Value is { } from ? AcledRows.Day(from.From) : null);
        writer.WriteString("enddate", e.Date.Value is { } to ? AcledRows.Day(to.To) : null);
        writer.WriteString("place", place.Name);
        writer.WriteString("country", place.Country);
        writer.WriteString("admin1", place.Admin1);
        writer.WriteNumber("geo_precision", place.Precision);
        writer.WriteString("actors", string.Join("; ", e.Actors.Select(a => a.Actor.Name)));
        writer.WriteString("recipients", string.Join("; ", e.Recipients.Select(a => a.Actor.Name)));
        if (e.Fatalities.Fused.Value is { } dead)
        {
            writer.WriteNumber("fatalities", dead.Min);
        }
        else
        {
            writer.WriteNull("fatalities");
        }

        writer.WriteNumber("independent_sources", e.IndependentSources);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}