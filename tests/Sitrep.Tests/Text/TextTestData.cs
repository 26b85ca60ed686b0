namespace Sitrep.Tests.Text;

/// <summary>Locates the repo root and the shared data beside it.</summary>
internal static class TextTestData
{
    public static string RepoRoot
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "Sitrep.slnx")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return dir ?? throw new DirectoryNotFoundException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>../shared relative to the repo root, or /work/shared; null when neither exists.</summary>
    public static string? SharedDirectory
    {
        get
        {
            var besideRepo = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            if (Directory.Exists(besideRepo))
            {
                return besideRepo;
            }

            return Directory.Exists("/work/shared") ? "/work/shared" : null;
        }
    }

    /// <summary>Every text file of the shared corpora, or none when shared data is absent.</summary>
    public static IEnumerable<string> CorpusFiles()
    {
        var shared = SharedDirectory;
        if (shared is null)
        {
            return [];
        }

        var corpus = Path.Combine(shared, "corpus");
        return Directory.Exists(corpus)
            ? Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }
}