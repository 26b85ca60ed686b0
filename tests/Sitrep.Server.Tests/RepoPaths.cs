namespace Sitrep.Server.Tests;

/// <summary>Folders of the repository, found by walking up from the test binary to the folder holding Sitrep.slnx.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>Where the browser tests save their screenshots (git-ignored; CI keeps it as an artifact).</summary>
    public static string Artifacts => Directory.CreateDirectory(Path.Combine(Root, "artifacts")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }
}