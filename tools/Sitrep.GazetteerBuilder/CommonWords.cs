namespace Sitrep.GazetteerBuilder;

/// <summary>English words written in lower case (wamerican's all-lower-case entries) plus the curated not-places list.</summary>
internal static class CommonWords
{
    /// <summary>The curated not-places keys alone (months, titles, institutions).</summary>
    public static HashSet<string> ReadNotPlaces(string notPlacesPath) =>
        File.ReadLines(notPlacesPath).Select(l => l.Split('#')[0].Trim()).Where(w => w.Length > 0)
            .Select(w => Sitrep.Geo.ToponymFolding.Key(w)).ToHashSet(StringComparer.Ordinal);

    public static HashSet<string> Read(string dictionaryPath, string notPlacesPath)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(dictionaryPath))
        {
            foreach (var line in File.ReadLines(dictionaryPath))
            {
                if (line.Length >= 2 && line.All(char.IsAsciiLetterLower))
                {
                    words.Add(line);
                }
            }
        }
        else
        {
            Console.Error.WriteLine($"warning: {dictionaryPath} not found (apt-get install wamerican)");
        }

        foreach (var line in File.ReadLines(notPlacesPath))
        {
            var word = line.Split('#')[0].Trim();
            if (word.Length > 0)
            {
                words.Add(Sitrep.Geo.ToponymFolding.Key(word));
            }
        }

        return words;
    }
}