namespace Sitrep.Bench;

/// <summary>The raw VOA articles of ../shared/corpus/raw-voa/articles, or the bundled samples when shared data is absent.</summary>
internal static class TextCorpus
{
    public static string[] Load()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            foreach (var candidate in new[] { Path.Combine(dir, "..", "shared", "corpus", "raw-voa", "articles"), Path.Combine(dir, "shared", "corpus", "raw-voa", "articles") })
            {
                if (Directory.Exists(candidate))
                {
                    return [.. Directory.GetFiles(candidate, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
                }
            }
        }

        return [SampleTexts.LoadAll()];
    }
}