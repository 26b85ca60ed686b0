using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Json;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

public sealed class NerModelTests
{
    private static readonly string[] Names = ["Alvarez", "Brandt", "Chen", "Duarte", "Eriksen", "Fofana", "Gupta", "Haddad"];
    private static readonly string[] Towns = ["Quito", "Lima", "Cali", "Tumaco", "Manta", "Loja"];

    // A toy corpus whose pattern a perceptron must learn: "Mr. X visited Y ." with X a person and Y a place.
    private static List<NerSentence> ToyCorpus()
    {
        var sentences = new List<NerSentence>();
        foreach (var name in Names)
        {
            foreach (var town in Towns)
            {
                sentences.Add(new NerSentence("toy", ["Mr.", name, "visited", town, "."], ["O", "B-PERSON", "O", "B-GPE", "O"]));
                sentences.Add(new NerSentence("toy", ["Officials", "in", town, "met", "Maria", name, "."], ["O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O"]));
            }
        }

        return sentences;
    }

    [Fact]
    public void Trainer_learns_a_simple_pattern()
    {
        var model = NerTrainer.Train(ToyCorpus(), 5, null, CancellationToken.None);
        var scores = NerTrainer.Evaluate(model, [new NerSentence("toy", ["Mr.", "Zamora", "visited", "Quito", "."], ["O", "B-PERSON", "O", "B-GPE", "O"])]);
        var micro = scores.Single(s => s.Corpus == "toy" && s.Label == "micro");
        Assert.Equal(1.0, micro.F1);
    }

    [Fact]
    public void Saved_model_tags_like_the_trained_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.bin");
        try
        {
            var report = TrainToFile(path);
            Assert.True(report.FeatureCount > 0);
            var loaded = NerModel.Load(path);
            var document = Analyse(loaded, "Mr. Zamora visited Quito. Officials in Lima met Maria Chen.");
            var entities = document.Get<EntityLayer>().Entities.Select(e => (e.Span.Of(document.Text).ToString(), e.Type)).ToList();
            Assert.Equal([("Zamora", EntityType.Person), ("Quito", EntityType.Gpe), ("Lima", EntityType.Gpe), ("Maria Chen", EntityType.Person)], entities);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rejects_a_file_that_is_no_model()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model at all, just text");
            Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Entity_stage_writes_titles_and_links_to_json()
    {
        var model = NerTrainer.Train(ToyCorpus(), 5, null, CancellationToken.None);
        var document = Analyse(model, "Officials in Quito met Maria Chen. Mr. Chen visited Lima.");
        using var stream = new MemoryStream();
        DocumentJsonWriter.Write(stream, document);
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"text\": \"Chen\",\n        \"type\": \"PERSON\",\n        \"title\": \"Mr.\"", json.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var entities = document.Get<EntityLayer>();
        var chen = entities.Entities.Single(e => e.Span.Of(document.Text) is "Chen");
        Assert.Equal("Maria Chen", entities.Entities[chen.Link!.Value].Span.Of(document.Text).ToString());
    }

    private static NerTrainingReport TrainToFile(string path)
    {
        var model = NerTrainer.Train(ToyCorpus(), 5, null, CancellationToken.None);
        Assert.NotNull(model);
        return NerTrainer.TrainToFile(ToyCorpus(), path, 5, CancellationToken.None);
    }

    private static Document Analyse(NerModel model, string text)
    {
        var document = new Document("t", text);
        new AnalysisPipelineBuilder().AddTextCore(model).Build().Process(document);
        return document;
    }
}