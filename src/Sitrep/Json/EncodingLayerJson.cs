using System.Text.Json;

using Sitrep.Documents;

namespace Sitrep.Json;

/// <summary>
/// The "encoding" layer: which sentences were encoded and how, <c>[{ "sentence", "start", "end", "word_pieces",
/// "windows" }]</c>. The vectors are left out, since 384 numbers per word piece would bury the rest of the document.
/// </summary>
internal static class EncodingLayerJson
{
    public static void Write(Utf8JsonWriter writer, EncodingLayer layer, Document document)
    {
        var sentences = document.Get<SentenceLayer>();
        writer.WriteStartArray();
        foreach (var encoded in layer.Encoded)
        {
            var span = sentences.Sentences[encoded.SentenceIndex].Span;
            writer.WriteStartObject();
            writer.WriteNumber("sentence", encoded.SentenceIndex);
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteNumber("word_pieces", encoded.Pieces.Length);
            writer.WriteNumber("windows", encoded.Windows);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}