namespace Sitrep;

/// <summary>
/// Finds the project's bundled folders (<c>data/</c>, <c>samples/</c>): next to the running executable, where the
/// build copies them, or in the source tree above it when running from a build folder or a test host.
/// </summary>
public static class ResourceLocator
{
    /// <summary>The full path of <paramref name="relativePath"/> under the first matching folder, or null.</summary>
    public static string? Find(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, relativePath);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Like <see cref="Find"/>, but a missing resource is a broken installation: the message says what to rebuild.</summary>
    public static string Require(string relativePath) =>
        Find(relativePath) ?? throw new FileNotFoundException(
            $"Sitrep resource '{relativePath}' was not found next to {AppContext.BaseDirectory} or above it; rebuild the project or see tools/ to regenerate data/.");
}