namespace Sitrep.Tests;

/// <summary>
/// Where the tests find the repository and the shared data: the repository is the folder holding Sitrep.slnx above
/// the test binaries; <c>shared/</c> is beside it (CI, the main checkout) or further up (a git worktree).
/// A missing <c>shared/</c> fails the tests that need it rather than skipping them.
/// </summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared { get; } = FindShared();

    public static string Corpus(string name) => Path.Combine(Shared, "corpus", name);

    private static string FindRepoRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Sitrep.slnx")))
            {
                return dir;
            }
        }

        throw new DirectoryNotFoundException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string FindShared()
    {
        for (var dir = Path.GetDirectoryName(RepoRoot); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var shared = Path.Combine(dir, "shared");
            if (Directory.Exists(Path.Combine(shared, "corpus")))
            {
                return shared;
            }
        }

        throw new DirectoryNotFoundException("No shared/corpus beside or above " + RepoRoot);
    }
}