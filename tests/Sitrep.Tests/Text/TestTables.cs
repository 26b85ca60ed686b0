using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>The word tables, read once for the tests that build a repair or reader by hand (the pipeline passes its own).</summary>
internal static class TestTables
{
    public static TextTables Loaded { get; } = TextTables.Load();
}