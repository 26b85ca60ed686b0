using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>The "cut" layer: <c>{ "analysed_chars", "body_chars", "reason" }</c>.</summary>
internal static class AnalysisCutLayerJson
{
    public static void Write(Utf8JsonWriter writer, AnalysisCutLayer layer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("analysed_chars", layer.AnalysedChars);
        writer.WriteNumber("body_chars", layer.BodyChars);
        writer.WriteString("reason", "body longer than the analysis budget");
        writer.WriteEndObject();
    }
}