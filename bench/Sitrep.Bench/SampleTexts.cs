namespace Sitrep.Bench;

/// <summary>The bundled sample articles as one text, for stage benchmarks.</summary>
internal static class SampleTexts
{
    public static string LoadAll()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "samples")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        if (dir is null)
        {
            throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
        }

        return string.Join("\n\n", Directory.GetFiles(Path.Combine(dir, "samples")).Order().Select(File.ReadAllText));
    }
}