using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// Reads the team's edited-news annotations (data/ner/voa-annotated: voa/ and ecb/, format in its README) as tagger
/// sentences: each sentence re-tokenised by Sitrep's tokenizer, PER / ORG / LOC spans mapped like the shared corpora
/// (<see cref="CorpusLabelMapper"/>: LOC becomes GPE or LOC). One story in five is held out, chosen by a stable hash of
/// the story id; ECB+ by topic, because the documents of a topic report the same event with the same names.
/// </summary>
internal sealed class TeamNerAnnotations
{
    /// <summary>The corpus name of the VOA stories.</summary>
    public const string Voa = "voa";

    /// <summary>The corpus name of the ECB+ documents.</summary>
    public const string Ecb = "ecb";

    // Far above any sentence of the data; a longer line is a broken file, not a sentence.
    private const int MaxSentenceChars = 20_000;

    private readonly CorpusLabelMapper mapper;
    private readonly TokenizerStage tokenizer = new();

    public TeamNerAnnotations(TextResources resources) => mapper = new CorpusLabelMapper(resources);

    /// <summary>The held-out group of a story: true for test. Stable across runs and machines.</summary>
    public static bool IsHeldOut(string groupId) => FeatureHash.Mix(31, FeatureHash.Of(groupId)) % 5 == 0;

    /// <summary>The group a document is split by: the story for VOA, the topic ("10" of "10_1ecb") for ECB+.</summary>
    public static string GroupOf(string corpus, string document) =>
        corpus == Ecb && document.IndexOf('_', StringComparison.Ordinal) is > 0 and var underscore ? "ecb-topic-" + document[..underscore] : document;

    /// <summary>
    /// Every sentence of <paramref name="folder"/>/voa and <paramref name="folder"/>/ecb with its split and the group it is split by. A missing folder
    /// is a warning; a malformed line or an entity off the sentence is an error naming file, line and field.
    /// </summary>
    public List<(NerSentence Sentence, NerSplit Split, string Group)> ReadAll(string folder, ICollection<Diagnostic> diagnostics, CancellationToken ct)
    {
        var result = new List<(NerSentence, NerSplit, string)>();
        foreach (var corpus in new[] { Voa, Ecb })
        {
            var directory = Path.Combine(folder, corpus);
            if (!Directory.Exists(directory))
            {
                diagnostics.Add(new Diagnostic(directory, null, "annotation folder not found; skipped", DiagnosticSeverity.Warning));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
            {
                ct.ThrowIfCancellationRequested();
                ReadFile(corpus, file, result, diagnostics);
            }
        }

        return result;
    }

    private void ReadFile(string corpus, string path, List<(NerSentence, NerSplit, string)> result, ICollection<Diagnostic> diagnostics)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.Length > MaxSentenceChars)
            {
                diagnostics.Add(new Diagnostic(path, $"line {lineNumber}", $"line longer than {MaxSentenceChars} characters; skipped", DiagnosticSeverity.Error));
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var (document, sentence) = ReadSentence(corpus, json.RootElement, path, lineNumber, diagnostics);
                var group = GroupOf(corpus, document);
                result.Add((sentence, IsHeldOut(group) ? NerSplit.Test : NerSplit.Train, group));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                diagnostics.Add(new Diagnostic(path, $"line {lineNumber}", $"not an annotated sentence: {e.Message}", DiagnosticSeverity.Error));
            }
        }
    }

    private (string Document, NerSentence Sentence) ReadSentence(string corpus, JsonElement root, string path, int line, ICollection<Diagnostic> diagnostics)
    {
        var document = root.GetProperty(corpus == Voa ? "article" : "document").GetString()
            ?? throw new FormatException("field 'article'/'document' is null");
        var text = root.GetProperty("text").GetString() ?? throw new FormatException("field 'text' is null");

        // VOA offsets are into the article, ECB+ offsets into the sentence text.
        var offset = corpus == Voa ? root.GetProperty("start").GetInt32() : 0;
        var tokens = tokenizer.Tokenize(text);
        var words = new List<string>(tokens.Count);
        for (var t = 0; t < tokens.Count; t++)
        {
            words.Add(tokens.TextOf(text, t).ToString());
        }

        var spans = new List<RawSpan>();
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            var start = entity.GetProperty("start").GetInt32() - offset;
            var end = entity.GetProperty("end").GetInt32() - offset;
            var type = entity.GetProperty("type").GetString() ?? throw new FormatException("field 'entities[].type' is null");
            if (start < 0 || end > text.Length || end <= start)
            {
                diagnostics.Add(new Diagnostic(path, $"line {line}", $"field 'entities[]' [{start + offset}, {end + offset}) lies outside the sentence; skipped", DiagnosticSeverity.Error));
                continue;
            }

            var first = tokens.IndexAtOrAfter(start);
            var last = first;
            while (last < tokens.Count && tokens.EndOf(last) < end)
            {
                last++;
            }

            // The assembler trims ECB+'s glued possessives, so a span may end inside a token ("Varitek" of "Varitek's"): the token is the name's.
            if (first < tokens.Count && last < tokens.Count && tokens.StartOf(first) == start)
            {
                spans.Add(new RawSpan(first, last + 1, type));
            }
        }

        return (document, mapper.Map(corpus, words, spans));
    }
}