using System.Text;
using System.Text.Json;

using Sitrep.Documents;
using Sitrep.Json;

namespace Sitrep.Tests.Json;

public sealed class LayerJsonTests
{
    [Fact]
    public void Every_layer_type_of_the_runtime_has_a_writer()
    {
        var layerTypes = typeof(IDocumentLayer).Assembly.GetTypes()
            .Where(t => typeof(IDocumentLayer).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .ToList();

        Assert.NotEmpty(layerTypes);
        Assert.All(layerTypes, t => Assert.True(LayerJson.Writes(t), $"{t.FullName} has no writer in LayerJson."));
    }

    [Fact]
    public void A_layer_without_a_writer_is_refused_by_name()
    {
        var document = new Document("d1", "Text.");
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        var error = Assert.Throws<InvalidOperationException>(() => LayerJson.Write(writer, new UnknownLayer(), document));

        Assert.Contains("'unknown'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(UnknownLayer), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_is_written_with_its_layers_under_their_names()
    {
        var document = new Document("d1", "Shots were fired.", new DateOnly(2024, 3, 5), "Title");
        document.Add(new AnalysisCutLayer(17, 40));

        var json = Write(document);

        Assert.Equal("2024-03-05", json.RootElement.GetProperty("published").GetString());
        Assert.Equal(40, json.RootElement.GetProperty("layers").GetProperty("cut").GetProperty("body_chars").GetInt32());
    }

    [Fact]
    public void A_document_without_a_publication_date_writes_null()
    {
        var json = Write(new Document("d1", "Text."));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("published").ValueKind);
    }

    private static JsonDocument Write(Document document)
    {
        using var stream = new MemoryStream();
        DocumentJsonWriter.Write(stream, document);
        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private sealed class UnknownLayer : IDocumentLayer
    {
        public string Name => "unknown";
    }
}