using System.Collections.Immutable;
using Sitrep.Evaluation.Ecb;
using Sitrep.Ingest;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// Unlabelled text for word clusters and the capitalisation prior, as token sequences: ECB+ documents (CC BY 3.0),
/// plain-text article bodies (raw-voa, public domain) and the training sentences of the shared NER corpora. Raw text
/// goes through Sitrep's own tokenizer and sentence splitter, so the words are the ones the tagger will see. Never the
/// held-out NER splits nor the CC BY-SA corpora (re3d Wikipedia, UNER English-EWT).
/// </summary>
internal sealed class UnlabelledTextReader
{
    private static readonly string[] EditedCorpora = ["re3d", "wikigold"];
    private static readonly string[] ShareAlikeCorpora = ["re3d-wikipedia", "uner-ewt", "uner-ewt-dev"];

    private readonly TokenizerStage tokenizer = new();
    private readonly SentenceSplitterStage splitter = new();

    /// <summary>The sentences of every ECB+ document under <paramref name="ecbFolder"/> (the release folder or its ECB+ folder); unreadable files become diagnostics.</summary>
    public IEnumerable<UnlabelledSentence> ReadEcb(string ecbFolder, ICollection<Diagnostic> diagnostics, CancellationToken ct)
    {
        var corpus = EcbReader.ReadCorpus(ecbFolder, null, ct);
        foreach (var d in corpus.Diagnostics)
        {
            diagnostics.Add(d);
        }

        foreach (var document in corpus.Topics.SelectMany(t => t.Documents))
        {
            foreach (var sentence in Sentences("ecbplus", document.Text))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>The body sentences (headline and date line left out) of the plain-text articles in <paramref name="folder"/> or its articles/ folder.</summary>
    public IEnumerable<UnlabelledSentence> ReadArticles(string folder, string source, CancellationToken ct)
    {
        var articles = Path.Combine(folder, "articles");
        var root = Directory.Exists(articles) ? articles : folder;
        foreach (var file in Directory.EnumerateFiles(root, "*.txt").Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var (_, _, body) = PlainTextArticleParser.Split(File.ReadAllText(file));
            foreach (var sentence in Sentences(source, body))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>The training sentences of the shared NER corpora in <paramref name="nerDirectory"/>, without their labels; tweets are not edited text.</summary>
    public static IEnumerable<UnlabelledSentence> ReadNerTraining(string nerDirectory, ICollection<Diagnostic> diagnostics, CancellationToken ct) =>
        new SharedNerCorpora(TextResources.Load()).ReadAll(nerDirectory, diagnostics, ct)
            .Where(c => c.Split == NerSplit.Train && !ShareAlikeCorpora.Contains(c.Sentence.Corpus) && c.Sentence.IsValid)
            .Select(c => new UnlabelledSentence(c.Sentence.Corpus, c.Sentence.Words, EditedCorpora.Contains(c.Sentence.Corpus)));

    /// <summary>The sentences of raw text, tokenised as the pipeline does; every sentence of raw text counts as edited.</summary>
    public IEnumerable<UnlabelledSentence> Sentences(string source, string text)
    {
        var tokens = tokenizer.Tokenize(text);
        foreach (var sentence in splitter.Split(text, tokens).Sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            var words = ImmutableArray.CreateBuilder<string>(sentence.TokenCount);
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                words.Add(tokens.TextOf(text, t).ToString());
            }

            yield return new UnlabelledSentence(source, words.MoveToImmutable(), true);
        }
    }
}