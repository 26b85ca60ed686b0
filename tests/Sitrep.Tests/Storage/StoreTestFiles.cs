namespace Sitrep.Tests.Storage;

/// <summary>Paths the store tests need: the repository root, fixtures, and throw-away folders.</summary>
internal static class StoreTestFiles
{
    /// <summary>The folder holding Sitrep.slnx, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => TestPaths.RepoRoot;

    /// <summary>The body of a fixture story (its leading date marker and headline taken off).</summary>
    public static string FixtureBody(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, "tests", "Sitrep.Tests", "Storage", "Fixtures", name));
        return string.Join("\n", lines.Skip(2)).Trim();
    }

    /// <summary>A new empty folder under the system temp folder.</summary>
    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}