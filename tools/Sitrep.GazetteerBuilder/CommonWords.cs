namespace Sitrep.GazetteerBuilder;

/// <summary>English words written in lower case (wamerican's all-lower-case entries) plus the curated not-places list.</summary>
internal static class CommonWords
{
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
