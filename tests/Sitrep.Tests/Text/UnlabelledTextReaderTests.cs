using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

public sealed class UnlabelledTextReaderTests
{
    [Fact]
    public void Raw_text_becomes_sentences_of_the_pipeline_tokens()
    {
        var sentences = new UnlabelledTextReader().Sentences("test", "Rebels attacked Tumaco on Monday. The army said 12 people died.").ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Rebels", "attacked", "Tumaco", "on", "Monday", "."], sentences[0].Words.ToArray());
        Assert.All(sentences, s => Assert.True(s.Edited));
    }

    [Fact]
    public void Article_bodies_are_read_without_date_and_headline()
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-unlabelled-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "date 2019-11-25\nAnkara Defies Washington\n\nTurkey tested a missile system. Ankara said so.\n");
            var sentences = new UnlabelledTextReader().ReadArticles(folder, "raw", CancellationToken.None).ToList();
            Assert.Equal(2, sentences.Count);
            Assert.Equal("Turkey", sentences[0].Words[0]);
            Assert.DoesNotContain(sentences, s => s.Words.Contains("Defies"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Ecb_documents_are_read_without_their_source_link()
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-ecb-").FullName;
        try
        {
            var topic = Directory.CreateDirectory(Path.Combine(folder, "ECB+", "1")).FullName;
            File.WriteAllText(Path.Combine(topic, "1_1ecbplus.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document doc_name="1_1ecbplus.xml" doc_id="D1">
                <token t_id="1" sentence="0" number="0">http</token>
                <token t_id="2" sentence="0" number="1">:</token>
                <token t_id="3" sentence="0" number="2">//example.com</token>
                <token t_id="4" sentence="1" number="0">Police</token>
                <token t_id="5" sentence="1" number="1">arrested</token>
                <token t_id="6" sentence="1" number="2">Lohan</token>
                <token t_id="7" sentence="1" number="3">.</token>
                <Markables/>
                </Document>
                """);
            var diagnostics = new List<Diagnostic>();
            var sentences = new UnlabelledTextReader().ReadEcb(folder, diagnostics, CancellationToken.None).ToList();
            Assert.Empty(diagnostics);
            var sentence = Assert.Single(sentences);
            Assert.Equal(["Police", "arrested", "Lohan", "."], sentence.Words.ToArray());
            Assert.Equal("ecbplus", sentence.Source);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Ner_training_text_leaves_out_test_splits_and_share_alike_corpora()
    {
        var ner = Path.Combine(TestPaths.Shared, "data", "ner");
        var sentences = UnlabelledTextReader.ReadNerTraining(ner, [], CancellationToken.None).ToList();
        Assert.NotEmpty(sentences);
        Assert.DoesNotContain(sentences, s => s.Source is "uner-ewt" or "re3d-wikipedia");
        Assert.All(sentences.Where(s => s.Source is "btc" or "wnut17"), s => Assert.False(s.Edited));
        var test = NerTrainer.ReadSharedTestSentences(Path.Combine(TestPaths.Shared, "data"), CancellationToken.None);
        var wnutTest = test.Where(s => s.Corpus == "wnut17" && s.Words.Length >= 8).Select(s => string.Join(' ', s.Words)).ToHashSet();
        Assert.DoesNotContain(sentences, s => s.Source == "wnut17" && wnutTest.Contains(string.Join(' ', s.Words)));
    }
}