namespace Sitrep.Tests.Ingest;

/// <summary>Locates the repository (the folder holding Sitrep.slnx), its reader fixtures and the shared corpora.</summary>
internal static class IngestTestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "Sitrep.Tests", "Ingest", "Fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>A shared corpus folder (../shared/corpus/NAME/articles relative to the repository).</summary>
    public static string CorpusArticles(string corpus)
    {
        // Worktrees live one level deeper than the main checkout; look upwards for the shared folder.
        var dir = new DirectoryInfo(RepoRoot);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", corpus, "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException($"shared/corpus/{corpus}/articles not found above {RepoRoot}");
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }
}