using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>The "tokens" layer: <c>[{ "start", "end", "kind" }]</c>.</summary>
internal static class TokenLayerJson
{
    // Indexed by TokenKind's value.
    private static readonly string[] KindNames =
        ["word", "abbreviation", "number", "punctuation", "symbol", "url", "handle", "hashtag"];

    public static void Write(Utf8JsonWriter writer, TokenLayer layer)
    {
        writer.WriteStartArray();
        for (var i = 0; i < layer.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", layer.StartOf(i));
            writer.WriteNumber("end", layer.EndOf(i));
            writer.WriteString("kind", KindNames[(int)layer.KindOf(i)]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}