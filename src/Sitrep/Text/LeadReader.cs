using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Reads the lines that open an article body before its news: a headline in capitals, a byline, a dateline
/// (data/ner/lead-cues.tsv gives the conventions and their sources). Works on the raw text, before the tagger, so that
/// the tagger's reading of "MIAMI (CBSMiami)" or "By Jane Doe" never reaches the story's people and organisations.
/// </summary>
internal sealed class LeadReader(LeadConventions conventions)
{
    // Only the opening lines can hold a headline or byline: a few lines, each short, bound the work on any input.
    private const int MaxLeadLines = 4;
    private const int MaxBylineChars = 100;
    private const int MaxHeadlineChars = 150;
    private const int MaxNameWords = 8;

    // "SAN JUAN CAPISTRANO, Calif., Jan. 5 (Reuters) —" is about 50 characters; 90 leaves room for a long place.
    private const int MaxDatelineChars = 90;
    private const int MaxPlaceSegments = 3;
    private const int MaxWordsPerSegment = 5;
    private const int MaxOutletChars = 40;

    public static LeadReader Default { get; } = new(LeadConventions.Default);

    public LeadLayer Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pos = SkipWhiteSpace(text, 0);
        TextSpan? headline = null;
        Byline? byline = null;
        Dateline? dateline = null;
        for (var lines = 0; lines < MaxLeadLines && pos < text.Length; lines++)
        {
            dateline = ReadDateline(text, pos);
            if (dateline is not null)
            {
                break;
            }

            var end = text.IndexOfAny(['\r', '\n'], pos);
            if (end < 0)
            {
                break;
            }

            var line = Trimmed(text, pos, end);
            if (byline is null && ReadByline(text, line) is { } b)
            {
                byline = b;
            }
            else if (headline is null && byline is null && IsCapitalsHeadline(line.Of(text)))
            {
                headline = line;
            }
            else
            {
                break;
            }

            pos = SkipWhiteSpace(text, end);
        }

        return new LeadLayer(headline, byline, dateline);
    }

    /// <summary>"By Jane Doe, VOA", "By JANE DOE | CBS Miami": an opener, a name in capitals, an optional outlet.</summary>
    private Byline? ReadByline(string text, TextSpan line)
    {
        if (line.Length > MaxBylineChars)
        {
            return null;
        }

        var value = line.Of(text);
        foreach (var opener in conventions.BylineOpeners)
        {
            if (value.Length <= opener.Length + 1 || !value.StartsWith(opener, StringComparison.OrdinalIgnoreCase) || value[opener.Length] != ' ')
            {
                continue;
            }

            var rest = value[(opener.Length + 1)..].Trim();
            var cut = -1;
            foreach (var separator in conventions.BylineSeparators)
            {
                var at = rest.IndexOf(separator, StringComparison.Ordinal);
                if (at > 0 && (cut < 0 || at < cut))
                {
                    cut = at;
                }
            }

            var author = (cut < 0 ? rest : rest[..cut]).Trim().TrimEnd('.');
            var outlet = cut < 0 ? [] : rest[(cut + 1)..].Trim();
            if (!IsName(author, allowDigits: false) || (!outlet.IsEmpty && !IsName(outlet, allowDigits: true)))
            {
                return null;
            }

            return new Byline(line, author.ToString(), outlet.IsEmpty ? null : outlet.ToString());
        }

        return null;
    }

    /// <summary>
    /// "PANDORA —", "KABUL, Afghanistan (VOA) —", "MIAMI (CBSMiami) —", "WASHINGTON, March 3 (Reuters) -",
    /// "Kabul, Afghanistan —". A single name in title case needs an outlet ("Miami (CBSMiami) —"): "Police — who…"
    /// is a sentence.
    /// </summary>
    private Dateline? ReadDateline(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxDatelineChars);
        var lineEnd = text.IndexOfAny(['\r', '\n'], start, limit - start);
        limit = lineEnd < 0 ? limit : lineEnd;
        var (dashStart, dashEnd) = FindDash(text, start, limit);
        if (dashStart <= start || SkipWhiteSpace(text, dashEnd) >= text.Length)
        {
            return null;
        }

        var headEnd = TrimEndIndex(text, start, dashStart);
        string? outlet = null;
        if (headEnd > start && text[headEnd - 1] == ')')
        {
            var open = text.LastIndexOf('(', headEnd - 1, headEnd - start);
            if (open <= start || headEnd - open - 2 > MaxOutletChars || !IsName(text.AsSpan(open + 1, headEnd - open - 2), allowDigits: true))
            {
                return null;
            }

            outlet = text[(open + 1)..(headEnd - 1)];
            headEnd = TrimEndIndex(text, start, open);
        }

        // Segments between commas: the place's parts, then at most a date ("March 3"), which holds a digit.
        var placeEnd = start;
        TextSpan? date = null;
        var segments = 0;
        var capitals = false;
        for (var segStart = start; segStart < headEnd;)
        {
            var comma = text.IndexOf(',', segStart, headEnd - segStart);
            var segEnd = comma < 0 ? headEnd : comma;
            var segment = Trimmed(text, segStart, segEnd);
            var value = segment.Of(text);
            if (value.IsEmpty || date is not null)
            {
                return null;
            }

            if (value.IndexOfAnyInRange('0', '9') >= 0)
            {
                if (segments == 0 || !char.IsUpper(value[0]) || value.Length > 20)
                {
                    return null;
                }

                date = segment;
            }
            else
            {
                if (++segments > MaxPlaceSegments || !IsPlaceSegment(value))
                {
                    return null;
                }

                capitals |= segments == 1 && IsAllCapitals(value);
                placeEnd = segment.End;
            }

            segStart = segEnd + 1;
        }

        if (segments == 0 || !(capitals || outlet is not null || segments > 1))
        {
            return null;
        }

        return new Dateline(new TextSpan(start, dashEnd), new TextSpan(start, placeEnd), outlet, date);
    }

    private (int Start, int End) FindDash(string text, int start, int limit)
    {
        for (var i = start; i < limit; i++)
        {
            foreach (var dash in conventions.Dashes)
            {
                if (i + dash.Length > limit || string.CompareOrdinal(text, i, dash, 0, dash.Length) != 0)
                {
                    continue;
                }

                // A hyphen joins words ("WINSTON-SALEM"); only a spaced one is a dash.
                var spaced = i > start && text[i - 1] == ' ' && i + dash.Length < text.Length && text[i + dash.Length] == ' ';
                if (dash.Length == 1 && dash[0] == '-' && !spaced)
                {
                    continue;
                }

                return (i, i + dash.Length);
            }
        }

        return (-1, -1);
    }

    // Words in capitals or title case, '/' between two places ("ISLAMABAD/PENTAGON"), abbreviations ("Calif.").
    private bool IsPlaceSegment(ReadOnlySpan<char> value)
    {
        var words = 0;
        foreach (var range in value.SplitAny(' ', '/'))
        {
            var word = value[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxWordsPerSegment || !IsNameWord(word, words == 1, allowDigits: false))
            {
                return false;
            }
        }

        return words > 0;
    }

    private bool IsName(ReadOnlySpan<char> value, bool allowDigits)
    {
        var words = 0;
        foreach (var range in value.Split(' '))
        {
            var word = value[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxNameWords || !IsNameWord(word, words == 1, allowDigits))
            {
                return false;
            }
        }

        return words > 0;
    }

    private bool IsNameWord(ReadOnlySpan<char> word, bool first, bool allowDigits)
    {
        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c is '.' or '\'' or '’' or '-' or '&' || (allowDigits && char.IsAsciiDigit(c))))
            {
                return false;
            }
        }

        return char.IsUpper(word[0]) || (allowDigits && char.IsAsciiDigit(word[0]))
            || (!first && conventions.Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
    }

    /// <summary>
    /// A line of at least two words with no lower-case letter and more letters than digits: "TEEN KILLED IN PANDORA
    /// CRASH", "2 DEAD IN I-95 CRASH"; a time stamp ("MAR. 14, 2013, 8: 12 PM") is no headline.
    /// </summary>
    private static bool IsCapitalsHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadlineChars || line.Count(' ') < 1 || !IsAllCapitals(line))
        {
            return false;
        }

        var letters = 0;
        var digits = 0;
        foreach (var c in line)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            digits += char.IsDigit(c) ? 1 : 0;
        }

        return letters > 2 * digits;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return new TextSpan(start, TrimEndIndex(text, start, end));
    }

    private static int TrimEndIndex(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int SkipWhiteSpace(string text, int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }

        return pos;
    }
}