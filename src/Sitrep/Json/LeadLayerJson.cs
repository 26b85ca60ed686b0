using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>
/// The "lead" layer: <c>{ "headline", "author", "byline_outlet", "dateline", "dateline_place", "outlet",
/// "dateline_date" }</c>, each present only when the lead has that part.
/// </summary>
internal static class LeadLayerJson
{
    public static void Write(Utf8JsonWriter writer, LeadLayer layer, Document document)
    {
        writer.WriteStartObject();
        SpanJson.WriteTextIfPresent(writer, "headline", layer.Headline, document);
        if (layer.Byline is { } byline)
        {
            writer.WriteString("author", byline.Author);
            writer.WriteString("byline_outlet", byline.Outlet);
        }

        if (layer.Dateline is { } dateline)
        {
            writer.WriteString("dateline", dateline.Span.Of(document.Text));
            writer.WriteString("dateline_place", dateline.Place.Of(document.Text));
            writer.WriteString("outlet", dateline.Outlet);
            SpanJson.WriteTextIfPresent(writer, "dateline_date", dateline.Date, document);
        }

        writer.WriteEndObject();
    }
}