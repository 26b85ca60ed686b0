using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>The words of a span as a JSON property, shared by the layers whose parts are optional.</summary>
internal static class SpanJson
{
    /// <summary>Writes the span's text under <paramref name="name"/>; writes nothing when there is no span.</summary>
    public static void WriteTextIfPresent(Utf8JsonWriter writer, string name, TextSpan? span, Document document)
    {
        if (span is { } present)
        {
            writer.WriteString(name, present.Of(document.Text));
        }
    }
}