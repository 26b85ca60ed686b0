using System.Diagnostics.CodeAnalysis;

namespace Sitrep.Fuzz;

/// <summary>Every target by the name run.sh and the seed folders use.</summary>
internal static class FuzzTargets
{
    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["text"] = ReaderTargets.Text,
        ["html"] = ReaderTargets.Html,
        ["json"] = ReaderTargets.Json,
        ["jsonl"] = ReaderTargets.JsonLines,
        ["csv"] = ReaderTargets.Csv,
        ["feed"] = ReaderTargets.Feed,
        ["sniffed"] = ReaderTargets.Sniffed,
        ["gold"] = GoldTarget.Load,
        ["grammars"] = AnalysisTarget.Grammars,
        ["analysis"] = AnalysisTarget.Analyse,
    };

    public static IEnumerable<string> Names => Targets.Keys;

    public static bool TryGet(string name, [NotNullWhen(true)] out Action<byte[]>? target) => Targets.TryGetValue(name, out target);
}