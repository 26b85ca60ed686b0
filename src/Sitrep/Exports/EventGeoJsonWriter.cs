using System.Text.Json;
using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Exports;

/// <summary>
/// Writes events as a GeoJSON FeatureCollection (RFC 7946): one feature per event, a Point [longitude, latitude] in
/// WGS 84 for a placed event and a null geometry (RFC 7946 §3.2, an "unlocated" feature) for one without a place, so
/// the collection holds every event. <c>place_precision</c> and <c>place_level</c> say whether the point is the
/// place itself or stands for a region or a whole country (its centroid or capital).
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
                WriteFeature(writer, stored, tables);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteFeature(Utf8JsonWriter writer, StoredEvent stored, ExportTables tables)
    {
        var e = stored.Event;
        var place = e.Place.Value;
        var acled = AcledRows.TypeOf(e, tables);
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", e.Id);
        if (place is null)
        {
            writer.WriteNull("geometry");
        }
        else
        {
            writer.WriteStartObject("geometry");
            writer.WriteString("type", "Point");
            writer.WriteStartArray("coordinates");
            writer.WriteNumberValue(place.Longitude);
            writer.WriteNumberValue(place.Latitude);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
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
        writer.WriteString("date_precision", e.Date.Value is { } unit ? unit.Precision.ToJsonName() : null);
        writer.WriteString("place", place?.Name);
        writer.WriteString("country", place?.Country);
        writer.WriteString("admin1", place?.Admin1);
        if (place is null)
        {
            writer.WriteNull("place_precision");
            writer.WriteNull("geo_precision");
        }
        else
        {
            writer.WriteNumber("place_precision", place.Precision);
            writer.WriteNumber("geo_precision", AcledRows.GeoPrecisionOf(place.Precision));
        }

        writer.WriteString("place_level", PlaceLevel(place));
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

    /// <summary>What the point stands for, from Sitrep's place precision (Place's 1–5 scale): the UI draws each differently.</summary>
    public static string PlaceLevel(Geo.Place? place) => place?.Precision switch
    {
        null => "none",
        1 => "exact",
        2 => "area",
        3 => "admin1",
        4 => "region",
        _ => "country",
    };
}