using Sitrep.Evaluation.Ecb;

namespace Sitrep.Tests.Evaluation.Ecb;

/// <summary>The ECB+ reader on a hand-made fixture in the release's format (Fixtures/ECB+/topic/file.xml).</summary>
public sealed class EcbReaderTests
{
    private static readonly string Fixture = Path.Combine(TestPaths.RepoRoot, "tests", "Sitrep.Tests", "Evaluation", "Ecb", "Fixtures");

    [Fact]
    public void Topics_come_in_numeric_order_with_their_documents()
    {
        var corpus = EcbReader.ReadCorpus(Fixture);

        Assert.Empty(corpus.Diagnostics);
        Assert.Equal(["1", "2"], corpus.Topics.Select(t => t.Id));
        Assert.Equal(5, corpus.DocumentCount);
        Assert.Equal(["1_1ecb", "1_1ecbplus", "1_2ecb", "1_2ecbplus"], corpus.Topics[0].Documents.Select(d => d.Id));
    }

    [Fact]
    public void The_gold_event_is_the_topic_and_sub_topic()
    {
        var corpus = EcbReader.ReadCorpus(Fixture);
        var documents = corpus.Topics[0].Documents.ToDictionary(d => d.Id);

        Assert.Equal("1/ecb", documents["1_2ecb"].GoldEvent);
        Assert.Equal("1/ecbplus", documents["1_2ecbplus"].GoldEvent);
        Assert.Equal("ecbplus", documents["1_1ecbplus"].SubTopic);
        Assert.Equal("1", documents["1_1ecbplus"].Topic);
    }

    [Fact]
    public void Tokens_are_joined_back_into_text_one_sentence_a_line()
    {
        var document = EcbReader.ReadDocument(Path.Combine(Fixture, "ECB+", "1", "1_1ecb.xml"), out var diagnostic);

        Assert.Null(diagnostic);
        Assert.Equal("Tara Reid checked into rehab at Promises in Malibu.\nHer rep told \"People\" she isn't commenting.", document!.Text);
    }

    [Fact]
    public void The_link_of_an_ecbplus_document_is_metadata_not_text()
    {
        var document = EcbReader.ReadDocument(Path.Combine(Fixture, "ECB+", "1", "1_1ecbplus.xml"), out _);

        Assert.Equal("http://www.example.com/lohan", document!.Url);
        Assert.Equal("Lindsay Lohan left Betty Ford for a rehab in Malibu.", document.Text);
    }

    [Fact]
    public void Max_topics_keeps_the_first_topics()
    {
        var corpus = EcbReader.ReadCorpus(Path.Combine(Fixture, "ECB+"), maxTopics: 1);

        Assert.Equal(["1"], corpus.Topics.Select(t => t.Id));
    }

    [Fact]
    public void Malformed_xml_is_a_diagnostic_naming_the_file_and_line_and_the_rest_is_read()
    {
        using var temp = new TempEcb();
        temp.Write("3/3_1ecb.xml", "<Document>\n<token t_id=\"1\" sentence=\"0\" number=\"0\">Quake</token>\n<token t_id=\"2\" sentence=\"0\">\n</Document>");
        temp.Write("3/3_2ecb.xml", "<Document><token t_id=\"1\" sentence=\"0\" number=\"0\">Quake</token></Document>");

        var corpus = EcbReader.ReadCorpus(temp.Root);

        var diagnostic = Assert.Single(corpus.Diagnostics);
        Assert.EndsWith("3_1ecb.xml", diagnostic.Input, StringComparison.Ordinal);
        Assert.Equal("line 4", diagnostic.Location);
        Assert.Contains("malformed XML", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["3_2ecb"], corpus.Topics.Single().Documents.Select(d => d.Id));
    }

    [Theory]
    [InlineData("notes.xml", "<Document><token sentence=\"0\">x</token></Document>", "not an ECB+ document name")]
    [InlineData("4_1ecb.xml", "<Document><token t_id=\"1\" sentence=\"first\">x</token></Document>", "not a sentence number")]
    [InlineData("4_2ecb.xml", "<Document><Markables/></Document>", "no tokens")]
    public void A_file_that_cannot_be_a_document_is_named(string name, string xml, string message)
    {
        using var temp = new TempEcb();
        var path = temp.Write("4/" + name, xml);

        var document = EcbReader.ReadDocument(path, out var diagnostic);

        Assert.Null(document);
        Assert.Equal(path, diagnostic!.Input);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_says_what_was_expected()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => EcbReader.ReadCorpus(Path.Combine(Fixture, "nowhere")));

        Assert.Contains("ECB+", ex.Message, StringComparison.Ordinal);
    }

    private sealed class TempEcb : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("ecb-").FullName;

        public string Write(string relative, string xml)
        {
            var path = Path.Combine(Root, "ECB+", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, xml);
            return path;
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}