using System.Diagnostics;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Bench;

/// <summary>
/// A Stopwatch breakdown of the text core on one thread (<c>dotnet run -c Release --project bench/Sitrep.Bench -- profile-text [PASSES] [MODEL...]</c>):
/// tokenizer, sentence splitter, and inside the entity stage the gazetteer and lexicon codes, the whole tagger
/// (features, decoding, label repair) and the rest of the stage (trimming, titles, linking), in µs per token.
/// Each part is timed in its own loop over the corpus, so the parts do not include one another's timer overhead.
/// </summary>
internal static class TextProfile
{
    /// <param name="passes">Timed passes per part.</param>
    /// <param name="modelPaths">Models to profile one after the other in this run (the previous and the new, for a ratio); empty for the default model.</param>
    public static void Run(int passes, IReadOnlyList<string> modelPaths)
    {
        foreach (var path in modelPaths.Count == 0 ? [null] : modelPaths.Select(p => (string?)p))
        {
            Run(passes, path);
        }
    }

    private static void Run(int passes, string? modelPath)
    {
        var texts = TextCorpus.Load();
        var tokenizer = new TokenizerStage();
        var splitter = new SentenceSplitterStage();
        var geo = new GeoNerGazetteer(Gazetteer.LoadDefault());
        var model = (modelPath is null ? NerModel.LoadDefault(geo) : NerModel.LoadWithResources(modelPath, geo)) ?? throw new InvalidOperationException("no NER model");
        Console.WriteLine($"model {modelPath ?? NerModel.DefaultRelativePath} ({(model.UsesViterbi ? "Viterbi" : "greedy")})");
        var stage = new EntityStage(model);
        var tokens = texts.Select(t => tokenizer.Tokenize(t)).ToArray();
        var sentences = texts.Select((t, i) => splitter.Split(t, tokens[i])).ToArray();
        var tokenCount = tokens.Sum(t => t.Count);
        var features = new ulong[4096 * (NerFeatureExtractor.StaticCount + 2)];
        var extracted = new List<(ulong[] Features, int Count)>();
        EachSentence(texts, tokens, sentences, (t, tk, s, _, _) =>
        {
            var buffer = new ulong[s.TokenCount * (NerFeatureExtractor.StaticCount + 2)];
            Extract(model, t, tk, s, buffer, false);
            extracted.Add((buffer, s.TokenCount));
        });
        var parts = new (string Name, Action Pass)[]
        {
            ("tokenizer", () => { foreach (var t in texts) { tokenizer.Tokenize(t); } }),
            ("sentences", () => { for (var i = 0; i < texts.Length; i++) { splitter.Split(texts[i], tokens[i]); } }),
            ("gazetteer codes", () => EachSentence(texts, tokens, sentences, (t, tk, s, codes, _) => geo.Tag(t, tk, s.FirstToken, codes))),
            ("lexicon codes", () => EachSentence(texts, tokens, sentences, (t, tk, s, codes, _) => model.Tables.Lexicon.Tag(t, tk, s.FirstToken, codes))),
            ("features", () => EachSentence(texts, tokens, sentences, (t, tk, s, _, _) => Extract(model, t, tk, s, features, false))),
            ("features+decode", () => EachSentence(texts, tokens, sentences, (t, tk, s, _, labels) => Extract(model, t, tk, s, features, true, labels))),
            ("decode only", () => Decode(model, extracted)),
            ("tagger (all)", () => EachSentence(texts, tokens, sentences, (t, tk, s, _, labels) => model.Tag(t, tk, s.FirstToken, labels))),
            ("entity stage", () => { for (var i = 0; i < texts.Length; i++) { stage.Find(texts[i], tokens[i], sentences[i]); } }),
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{texts.Length} texts, {tokenCount} tokens, {passes} passes; µs per token: wall clock median (min), process CPU time median (min)"));
        foreach (var (name, pass) in parts)
        {
            pass();
            var times = new double[passes];
            var cpu = new double[passes];
            using var self = Process.GetCurrentProcess();
            for (var p = 0; p < passes; p++)
            {
                self.Refresh();
                var cpuStarted = self.TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                pass();
                times[p] = Stopwatch.GetElapsedTime(started).TotalMicroseconds / tokenCount;
                self.Refresh();
                cpu[p] = (self.TotalProcessorTime - cpuStarted).TotalMicroseconds / tokenCount;
            }

            Array.Sort(times);
            Array.Sort(cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18} {times[passes / 2],8:0.000}  (min {times[0]:0.000})  cpu {cpu[passes / 2]:0.000} (min {cpu[0]:0.000})"));
        }
    }

    private static void Extract(NerModel model, string text, TokenLayer tokens, Sentence sentence, ulong[] buffer, bool decode, Span<int> labels = default)
    {
        var count = sentence.TokenCount;
        var f = buffer.AsSpan(0, count * NerFeatureExtractor.StaticCount);
        var lowers = buffer.AsSpan(f.Length, count);
        var shapes = buffer.AsSpan(f.Length + count, count);
        model.Extractor.Extract(text, tokens, sentence.FirstToken, count, f, lowers, shapes);
        if (decode)
        {
            model.Table.Decode(f, lowers, shapes, labels, model.UsesViterbi);
        }
    }

    private static void Decode(NerModel model, List<(ulong[] Features, int Count)> extracted)
    {
        Span<int> labels = stackalloc int[4096];
        foreach (var (buffer, count) in extracted)
        {
            var f = buffer.AsSpan(0, count * NerFeatureExtractor.StaticCount);
            model.Table.Decode(f, buffer.AsSpan(f.Length, count), buffer.AsSpan(f.Length + count, count), labels[..count], model.UsesViterbi);
        }
    }

    private delegate void SentenceAction(string text, TokenLayer tokens, Sentence sentence, Span<ushort> codes, Span<int> labels);

    private static void EachSentence(string[] texts, TokenLayer[] tokens, SentenceLayer[] sentences, SentenceAction action)
    {
        var codes = new ushort[4096];
        var labels = new int[4096];
        for (var i = 0; i < texts.Length; i++)
        {
            foreach (var s in sentences[i].Sentences)
            {
                action(texts[i], tokens[i], s, codes.AsSpan(0, s.TokenCount), labels.AsSpan(0, s.TokenCount));
            }
        }
    }
}