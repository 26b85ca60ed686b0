using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// Reads the ECB+ corpus release (README.txt of the LREC 2014 release): a folder per topic, one XML file per document
/// with its tokens (<c>&lt;token t_id sentence number&gt;</c>) followed by stand-off annotation, which is not needed
/// here. A file that cannot be read becomes a <see cref="Diagnostic"/> naming it, and the rest is read.
/// </summary>
public static partial class EcbReader
{
    /// <summary>
    /// Reads the topics under <paramref name="folder"/>: the release folder (holding <c>ECB+</c>) or the <c>ECB+</c>
    /// folder itself. <paramref name="maxTopics"/> keeps only the first topics in numeric order.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">Neither <paramref name="folder"/> nor its <c>ECB+</c> holds topic folders.</exception>
    public static EcbCorpus ReadCorpus(string folder, int? maxTopics = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = TopicRoot(folder);
        var topicFolders = Directory.EnumerateDirectories(root)
            .Select(d => (Path: d, Number: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1))
            .Where(d => d.Number >= 0)
            .OrderBy(d => d.Number)
            .Take(maxTopics ?? int.MaxValue);
        var topics = new List<EcbTopic>();
        var diagnostics = new List<Diagnostic>();
        foreach (var (path, _) in topicFolders)
        {
            var documents = new List<EcbDocument>();
            foreach (var file in Directory.EnumerateFiles(path, "*.xml").Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = ReadDocument(file, out var diagnostic);
                if (diagnostic is not null)
                {
                    diagnostics.Add(diagnostic);
                }

                if (document is not null)
                {
                    documents.Add(document);
                }
            }

            if (documents.Count > 0)
            {
                topics.Add(new EcbTopic(documents[0].Topic, documents));
            }
        }

        return new EcbCorpus(topics, diagnostics);
    }

    /// <summary>
    /// One document, or null with a diagnostic naming the file when its name is not an ECB+ name
    /// (<c>{topic}_{n}ecb.xml</c> or <c>{topic}_{n}ecbplus.xml</c>), its XML is malformed or it holds no tokens.
    /// </summary>
    public static EcbDocument? ReadDocument(string path, out Diagnostic? diagnostic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        diagnostic = null;
        var id = Path.GetFileNameWithoutExtension(path);
        var name = FileName().Match(Path.GetFileName(path));
        if (!name.Success)
        {
            diagnostic = new Diagnostic(path, null, "not an ECB+ document name: expected {topic}_{n}ecb.xml or {topic}_{n}ecbplus.xml");
            return null;
        }

        List<List<string>> sentences;
        try
        {
            sentences = ReadSentences(path);
        }
        catch (XmlException ex)
        {
            diagnostic = new Diagnostic(path, $"line {ex.LineNumber}", $"malformed XML: {ex.Message}");
            return null;
        }
        catch (FormatException ex)
        {
            diagnostic = new Diagnostic(path, null, ex.Message);
            return null;
        }
        catch (IOException ex)
        {
            diagnostic = new Diagnostic(path, null, $"cannot read: {ex.Message}");
            return null;
        }

        var subTopic = name.Groups["sub"].Value.ToLowerInvariant();
        string? url = null;

        // The README: "the newly collected 'ecbplus' files contain links to pages where the corpus texts were found,
        // tokenized as sentence zero". The link is metadata, not text (and would tell the sub-topics apart by itself).
        if (sentences.Count > 0 && sentences[0].Count > 0 && sentences[0][0].StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            url = EcbDetokenizer.JoinUrl(sentences[0]);
            sentences.RemoveAt(0);
        }

        var text = new StringBuilder();
        foreach (var sentence in sentences.Where(s => s.Count > 0))
        {
            text.Append(EcbDetokenizer.Join(sentence)).Append('\n');
        }

        if (text.Length == 0)
        {
            diagnostic = new Diagnostic(path, null, "no tokens: expected <token t_id=\"1\" sentence=\"0\" number=\"0\">word</token> elements");
            return null;
        }

        return new EcbDocument(id, name.Groups["topic"].Value, subTopic, text.ToString(0, text.Length - 1), url);
    }

    private static List<List<string>> ReadSentences(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        var sentences = new List<List<string>>();
        var index = new Dictionary<int, List<string>>();
        using var reader = XmlReader.Create(path, settings);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            // ReadElementContentAsString leaves the reader on the node after the token, so only other nodes are skipped here.
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "token")
            {
                reader.Read();
                continue;
            }

            var line = ((IXmlLineInfo)reader).LineNumber;
            var attribute = reader.GetAttribute("sentence");
            if (!int.TryParse(attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new FormatException($"token on line {line}: sentence=\"{attribute}\" is not a sentence number");
            }

            var token = reader.ReadElementContentAsString().Trim();
            if (token.Length == 0)
            {
                continue;
            }

            if (!index.TryGetValue(number, out var sentence))
            {
                sentence = [];
                index.Add(number, sentence);
                sentences.Add(sentence);
            }

            sentence.Add(token);
        }

        return sentences;
    }

    private static string TopicRoot(string folder)
    {
        var inner = Path.Combine(folder, "ECB+");
        if (Directory.Exists(inner))
        {
            return inner;
        }

        if (Directory.Exists(folder))
        {
            return folder;
        }

        throw new DirectoryNotFoundException($"{folder}: no such folder (expected the ECB+ release, with ECB+/<topic>/<topic>_<n>ecb.xml)");
    }

    [GeneratedRegex(@"^(?<topic>\d+)_(?<n>\d+)(?<sub>ecbplus|ecb)\.xml$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}