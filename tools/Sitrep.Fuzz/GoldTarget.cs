using Sitrep.Evaluation;

namespace Sitrep.Fuzz;

/// <summary>
/// <c>sitrep eval CORPUS</c> reads CORPUS/gold.json: a corpus someone sends is a file like any other. The loader
/// reports every problem as a diagnostic, so any exception is a finding.
/// </summary>
internal static class GoldTarget
{
    private static readonly Lazy<string> Corpus = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sitrep-fuzz-gold-{Environment.ProcessId}");
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        File.WriteAllText(Path.Combine(folder, "articles", "a1.txt"), "Kyiv, March 3 (VOA) - Two people were killed.");
        return folder;
    });

    public static void Load(byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Corpus.Value, "gold.json"), bytes);
        _ = GoldCorpusLoader.Load(Corpus.Value, out _);
    }
}