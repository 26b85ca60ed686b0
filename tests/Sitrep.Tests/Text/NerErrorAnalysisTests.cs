using Sitrep.Documents;
using Sitrep.Text.Ner;
using Xunit.Abstractions;

namespace Sitrep.Tests.Text;

/// <summary>
/// What kind of errors the shipped model makes on the held-out test sentences, per corpus (PERSON, ORG, GPE, LOC):
/// right span wrong type, overlapping span (boundary), missed outright, spurious outright, and the most frequent
/// missed and spurious names. Prints only; the scores themselves are pinned by tools/eval-ner.cs in data/ner/README.md.
/// With SITREP_NER_ERRORS=FILE set, also writes every error with its sentence (gold|predicted labels) to FILE, for
/// reading (not for committing: the test sentences are not ours to tune rules on).
/// </summary>
public sealed class NerErrorAnalysisTests(ITestOutputHelper output)
{
    private static readonly EntityType[] Scored = [EntityType.Person, EntityType.Org, EntityType.Gpe, EntityType.Loc];

    [Fact]
    public void Prints_the_error_kinds_of_the_held_out_sentences()
    {
        var model = NerModel.LoadDefault();
        var shared = TextTestData.SharedDirectory;
        if (model is null || shared is null)
        {
            output.WriteLine("model or shared data missing; nothing to measure");
            return;
        }

        var sentences = NerTrainer.ReadSharedTestSentences(Path.Combine(shared, "data"), CancellationToken.None);
        var dumpPath = Environment.GetEnvironmentVariable("SITREP_NER_ERRORS");
        using var dump = string.IsNullOrEmpty(dumpPath) ? null : new StreamWriter(dumpPath);
        foreach (var corpus in sentences.GroupBy(s => s.Corpus))
        {
            int correct = 0, wrongType = 0, boundary = 0, missed = 0, spurious = 0;
            var typeConfusions = new Dictionary<string, int>();
            var missedNames = new Dictionary<string, int>();
            var spuriousNames = new Dictionary<string, int>();
            foreach (var sentence in corpus)
            {
                var prepared = new PreparedSentence(sentence);
                var labels = new int[prepared.Gold.Length];
                model.Tag(prepared.Text, prepared.Tokens, 0, labels);
                var gold = NerEvaluator.SpansOf(prepared.Gold).Where(s => Scored.Contains(s.Type)).ToList();
                var predicted = NerEvaluator.SpansOf(labels).Where(s => Scored.Contains(s.Type)).ToList();
                string Words((int Start, int End, EntityType Type) s) => $"{s.Type} {string.Join(' ', sentence.Words[s.Start..s.End])}";
                var errors = gold.Where(g => !predicted.Contains(g)).Select(g => $"missed {Words(g)}")
                    .Concat(predicted.Where(p => !gold.Contains(p)).Select(p => $"wrong {Words(p)}")).ToList();
                if (dump is not null && errors.Count > 0)
                {
                    dump.WriteLine($"{corpus.Key}\t{string.Join("; ", errors)}");
                    dump.WriteLine($"{corpus.Key}\t# {string.Join(' ', sentence.Words.Select((w, k) => prepared.Gold[k] == 0 && labels[k] == 0 ? w : $"{w}/{NerLabels.NameOf(prepared.Gold[k])}|{NerLabels.NameOf(labels[k])}"))}");
                }

                foreach (var g in gold)
                {
                    if (predicted.Contains(g))
                    {
                        correct++;
                    }
                    else if (predicted.FirstOrDefault(p => p.Start == g.Start && p.End == g.End) is { End: > 0 } p)
                    {
                        wrongType++;
                        Count(typeConfusions, $"{g.Type}->{p.Type}");
                    }
                    else if (predicted.Exists(p => p.Start < g.End && g.Start < p.End))
                    {
                        boundary++;
                    }
                    else
                    {
                        missed++;
                        Count(missedNames, $"{g.Type} {string.Join(' ', sentence.Words[g.Start..g.End])}");
                    }
                }

                foreach (var p in predicted.Where(p => !gold.Exists(g => g.Start < p.End && p.Start < g.End)))
                {
                    spurious++;
                    Count(spuriousNames, $"{p.Type} {string.Join(' ', sentence.Words[p.Start..p.End])}");
                }
            }

            output.WriteLine($"{corpus.Key}: gold {correct + wrongType + boundary + missed}, correct {correct}, wrong type {wrongType}, boundary {boundary}, missed {missed}, spurious {spurious}");
            output.WriteLine($"  type confusions: {Top(typeConfusions, 6)}");
            output.WriteLine($"  missed: {Top(missedNames, 15)}");
            output.WriteLine($"  spurious: {Top(spuriousNames, 15)}");
        }
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Top(Dictionary<string, int> counts, int n) =>
        string.Join("; ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(n).Select(c => $"{c.Key} ×{c.Value}"));
}