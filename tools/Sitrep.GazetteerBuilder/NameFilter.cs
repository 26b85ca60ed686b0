namespace Sitrep.GazetteerBuilder;

/// <summary>
/// Which names go into the gazetteer. The brief keeps the file to a few MB: names in scripts other than Latin and
/// names shorter than 3 characters are dropped (news in English and Spanish spells places in Latin script).
/// </summary>
internal static class NameFilter
{
    public static bool IsUsable([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length < 3 || name.Length > 60)
        {
            return false;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                if (!IsLatin(c))
                {
                    return false;
                }

                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        // All-capital short alternates are codes (IATA "ALV", "UIO"), not names.
        if (letters < 3 || (upper == letters && letters <= 4))
        {
            return false;
        }

        var key = Sitrep.Geo.ToponymFolding.Key(name);
        return key.Length >= 3 && key.Count(c => c == ' ') < 6;
    }

    private static bool IsLatin(char c) =>
        c < 0x250 || (c >= 0x1E00 && c < 0x1F00) || c == 'ʻ' || c == 'ʼ';
}