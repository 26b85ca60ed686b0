namespace Sitrep.Tests.Ingest;

/// <summary>Locates the repository (the folder holding Sitrep.slnx), its reader fixtures and the shared corpora.</summary>
internal static class IngestTestPaths
{
    public static string RepoRoot => TestPaths.RepoRoot;

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "Sitrep.Tests", "Ingest", "Fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>A shared corpus folder (../shared/corpus/NAME/articles relative to the repository).</summary>
    public static string CorpusArticles(string corpus) => Path.Combine(TestPaths.Corpus(corpus), "articles");
}