using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>Runs <see cref="NerLabelRepair"/> on hand-written tagger output and compares the labels.</summary>
internal static class NerRepairAssert
{
    /// <summary>Asserts that repairing <paramref name="labels"/> (space-separated BIO) on <paramref name="text"/> gives <paramref name="expected"/>.</summary>
    public static void Repaired(string text, string labels, string expected)
    {
        var tokens = new TokenizerStage().Tokenize(text);
        var parsed = labels.Split(' ').Select(l => NerLabels.Parse(l)).ToArray();
        Assert.Equal(tokens.Count, parsed.Length);
        NerLabelRepair.Repair(text, tokens, 0, parsed, TestTables.Loaded.Names);
        Assert.Equal(expected, string.Join(' ', parsed.Select(NerLabels.NameOf)));
    }
}