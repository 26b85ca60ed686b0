namespace Sitrep.Events;

/// <summary>
/// Candidate base forms of an English word by suffix stripping ("strikes" → strike, "detained" → detain,
/// "kidnapped" → kidnap, "killing" → kill): enough for a trigger lexicon whose irregular forms are listed as rows.
/// </summary>
internal static class Lemmas
{
    /// <summary>The lower-cased word and its suffix-stripped forms.</summary>
    public static IEnumerable<string> Of(ReadOnlySpan<char> word)
    {
        var w = word.ToString().ToLowerInvariant();
        var forms = new List<string>(6) { w };
        if (w.Length < 4)
        {
            return forms;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            forms.Add(w[..^3] + "y");
        }
        else if (w.EndsWith("es", StringComparison.Ordinal))
        {
            forms.Add(w[..^2]);
            forms.Add(w[..^1]);
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            forms.Add(w[..^1]);
        }

        if (w.EndsWith("ied", StringComparison.Ordinal))
        {
            forms.Add(w[..^3] + "y");
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal))
        {
            AddStem(forms, w[..^2]);
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal))
        {
            AddStem(forms, w[..^3]);
        }

        return forms;
    }

    // "stopp" → stop (doubled final consonant), "seiz" → seize (silent e).
    private static void AddStem(List<string> forms, string stem)
    {
        if (stem.Length < 2)
        {
            return;
        }

        forms.Add(stem);
        forms.Add(stem + "e");
        if (stem.Length > 2 && stem[^1] == stem[^2])
        {
            forms.Add(stem[..^1]);
        }
    }
}