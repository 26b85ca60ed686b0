namespace Sitrep;

/// <summary>
/// Finds the project's bundled folders (<c>data/</c>, <c>samples/</c>): next to the running executable, where the
/// build copies them, or in the source tree above it when running from a build folder or a test host; failing that,
/// in the current directory or a folder above it (a file-based app under tools/ runs from a cache folder, but from the
/// repository root).
/// </summary>
public static class ResourceLocator
{
    /// <summary>The full path of <paramref name="relativePath"/> under the first matching folder, or null.</summary>
    public static string? Find(string relativePath) =>
        Find(relativePath, [AppContext.BaseDirectory, Directory.GetCurrentDirectory()]);

    /// <summary>The first <paramref name="relativePath"/> found under a root or a folder above it, roots in order, or null.</summary>
    internal static string? Find(string relativePath, IEnumerable<string> roots)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        foreach (var root in roots)
        {
            for (var dir = root; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                var candidate = Path.Combine(dir, relativePath);
                if (File.Exists(candidate) || Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Like <see cref="Find(string)"/>, but a missing resource is a broken installation: the message says what to rebuild.</summary>
    public static string Require(string relativePath) =>
        Find(relativePath) ?? throw new FileNotFoundException(
            $"Sitrep resource '{relativePath}' was not found next to {AppContext.BaseDirectory}, in {Directory.GetCurrentDirectory()}, or above either; rebuild the project or see tools/ to regenerate data/.");
}