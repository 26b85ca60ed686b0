namespace Sitrep.Tests.Text;

/// <summary>Locates the repo root and the shared data beside it.</summary>
internal static class TextTestData
{
    public static string RepoRoot => TestPaths.RepoRoot;

    public static string SharedDirectory => TestPaths.Shared;

    /// <summary>Every text file of the shared corpora.</summary>
    public static IEnumerable<string> CorpusFiles()
    {
        var corpus = Path.Combine(TestPaths.Shared, "corpus");
        return Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
    }
}