namespace Sitrep.GazetteerBuilder;

/// <summary>
/// Demonyms from the PETRARCH 2 country dictionary (Phoenix.Countries.actors.txt, MIT): a country record
/// <c>ECUADOR_ [ECU]</c> lists synonyms such as <c>+ECUADORIAN_</c>; the one-word synonyms with a demonym ending
/// that are not themselves place names are taken as demonyms of the country.
/// </summary>
internal static class DemonymSource
{
    private static readonly string[] Endings = ["an", "ian", "ean", "ese", "ish", "i", "ic", "ch", "er"];

    public static int Read(string path, Dictionary<string, BuilderEntry> countriesByAlpha3, HashSet<string> placeKeys)
    {
        BuilderEntry? current = null;
        var added = 0;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0].TrimEnd();
            if (line.Length == 0 || line[0] == '\t' || line[0] == ' ')
            {
                continue;
            }

            if (line[0] != '+')
            {
                current = null;
                var open = line.IndexOf('[', StringComparison.Ordinal);
                if (open > 0 && line.Length >= open + 5 && line[open + 4] == ']')
                {
                    countriesByAlpha3.TryGetValue(line.Substring(open + 1, 3), out current);
                }

                continue;
            }

            if (current is null)
            {
                continue;
            }

            var word = line[1..].Trim().TrimEnd('_');
            if (word.Contains('_', StringComparison.Ordinal) || word.Length < 4)
            {
                continue;
            }

            var key = Sitrep.Geo.ToponymFolding.Key(word);
            if (Endings.Any(e => key.EndsWith(e, StringComparison.Ordinal)) && !placeKeys.Contains(key) && !current.Keys.Contains(key))
            {
                added += current.DemonymKeys.Add(key) ? 1 : 0;
            }
        }

        return added;
    }
}