using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Bench;

/// <summary>
/// Tokenizer, sentence splitter and NER on one thread over the raw VOA articles of ../shared/corpus (or the samples
/// when absent). Tokens per second = TokenCount / mean time; the count is printed in the setup.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private readonly TokenizerStage tokenizer = new();
    private readonly SentenceSplitterStage splitter = new();
    private string[] texts = [];
    private EntityStage? entities;

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        texts = TextCorpus.Load();
        TokenCount = texts.Sum(t => tokenizer.Tokenize(t).Count);
        var model = NerModel.LoadDefault();
        entities = model is null ? null : new EntityStage(model);
        Console.WriteLine($"// {texts.Length} texts, {TokenCount} tokens, {texts.Sum(t => t.Length)} chars, model {(model is null ? "missing" : "loaded")}");
    }

    [Benchmark]
    public int Tokens()
    {
        var n = 0;
        foreach (var text in texts)
        {
            n += tokenizer.Tokenize(text).Count;
        }

        return n;
    }

    [Benchmark]
    public int TokensAndSentences()
    {
        var n = 0;
        foreach (var text in texts)
        {
            n += splitter.Split(text, tokenizer.Tokenize(text)).Count;
        }

        return n;
    }

    [Benchmark]
    public int TokensSentencesEntities()
    {
        var n = 0;
        foreach (var text in texts)
        {
            var tokens = tokenizer.Tokenize(text);
            var sentences = splitter.Split(text, tokens);
            n += entities?.Find(text, tokens, sentences).Entities.Length ?? 0;
        }

        return n;
    }
}