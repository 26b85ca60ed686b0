namespace Sitrep.Geo;

/// <summary>
/// A text split into words with a folded copy ("Sucumbíos–Norte" → "sucumbios norte") in which any run of
/// consecutive words is a gazetteer key, without allocating per lookup.
/// </summary>
internal sealed class ToponymText
{
    // Abbreviations whose period does not end a sentence ("St. Louis", "Gen. Donovan").
    private static readonly System.Collections.Frozen.FrozenSet<string> Abbreviations = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["st", "mt", "ft", "gen", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm", "jr", "sr", "no", "vs"],
        StringComparer.OrdinalIgnoreCase);

    private ToponymText(string text, string folded, ToponymToken[] tokens)
    {
        Text = text;
        Folded = folded;
        Tokens = tokens;
    }

    public string Text { get; }

    public string Folded { get; }

    public ToponymToken[] Tokens { get; }

    /// <summary>The folded key of tokens <paramref name="first"/> … <paramref name="last"/> (inclusive).</summary>
    public ReadOnlySpan<char> Key(int first, int last) =>
        Folded.AsSpan(Tokens[first].FoldedStart, Tokens[last].FoldedEnd - Tokens[first].FoldedStart);

    /// <summary>The folded form of one word.</summary>
    public ReadOnlySpan<char> Word(int index) => Key(index, index);

    /// <summary>True when tokens first…last can form one name: no sentence punctuation between them.</summary>
    public bool IsContiguous(int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (Tokens[i].BreakBefore)
            {
                return false;
            }
        }

        return true;
    }

    public static ToponymText Create(string text)
    {
        var tokens = new List<ToponymToken>(text.Length / 5);
        var folded = new char[text.Length + 1];
        var length = 0;
        var i = 0;
        var previousEnd = 0;
        while (i < text.Length)
        {
            if (!ToponymFolding.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var upper = 0;
            var letters = 0;
            if (length > 0)
            {
                folded[length++] = ' ';
            }

            var foldedStart = length;
            while (i < text.Length && ToponymFolding.IsWordChar(text[i]))
            {
                if (char.IsLetter(text[i]))
                {
                    letters++;
                    upper += char.IsUpper(text[i]) ? 1 : 0;
                }

                folded[length++] = ToponymFolding.Fold(text[i]);
                i++;
            }

            var (breakBefore, sentenceStart) = tokens.Count == 0
                ? (true, true)
                : Separator(text, previousEnd, start, tokens[^1]);
            tokens.Add(new ToponymToken(
                start, i, foldedStart, length, char.IsUpper(text[start]), letters > 0 && upper == letters, breakBefore, sentenceStart));
            previousEnd = i;
        }

        return new ToponymText(text, new string(folded, 0, length), [.. tokens]);
    }

    private static (bool Break, bool SentenceStart) Separator(string text, int from, int to, ToponymToken previous)
    {
        var brk = false;
        var sentence = false;
        for (var j = from; j < to; j++)
        {
            switch (text[j])
            {
                case '.':
                    var word = text.AsSpan(previous.Start, previous.End - previous.Start);
                    var abbreviation = word.Length == 1 || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
                    if (!abbreviation && j + 1 < to)
                    {
                        brk = sentence = true;
                    }

                    break;
                case '!' or '?' or '\n' or '\r':
                    brk = sentence = true;
                    break;
                case ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '“' or '”' or '/' or '|' or '&' or '@' or '#':
                    brk = true;
                    break;
            }
        }

        // An opening quote at the start of a sentence still starts it: «"We destroyed…».
        return (brk, sentence);
    }
}