using System.Text.Json;

using Sitrep.Documents;
using Sitrep.Geo;

namespace Sitrep.Json;

/// <summary>The "dateline" layer: <c>{ "place": [place] or null, "outlet", "author", "date" }</c> ("date" only when written).</summary>
internal static class DatelineLayerJson
{
    public static void Write(Utf8JsonWriter writer, DatelineLayer layer, Document document)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("place");
        if (layer.Place is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            PlaceLayerJson.Write(writer, [layer.Place]);
        }

        writer.WriteString("outlet", layer.Outlet);
        writer.WriteString("author", layer.Author);
        SpanJson.WriteTextIfPresent(writer, "date", layer.Date, document);
        writer.WriteEndObject();
    }
}