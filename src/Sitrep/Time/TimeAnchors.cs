using System.Buffers;
using System.Collections.Frozen;

namespace Sitrep.Time;

/// <summary>
/// Where the anchors of the time rules are in one text: the words that are month, weekday, season or relative-time
/// words, and the starts of digit runs. Found in one pass, so each rule is tried only in a short window before its
/// anchors instead of at every position of the text.
/// </summary>
/// <remarks>
/// A superset is harmless (it only costs a failed attempt), a missed anchor would lose a match. In every pattern an
/// anchor word is a whole word: it follows <c>\b</c>, <c>\s</c> or <c>-</c> and is followed by <c>\b</c>, <c>\s</c>,
/// a period or a look-ahead refusing a letter, so it is a whole run of letters. Folding maps case and the characters
/// that case-insensitive matching treats as equal to a Latin letter ("ſ" to "s", dotted and dotless "i" to "i").
/// </remarks>
internal sealed class TimeAnchors
{
    /// <summary>Longer letter runs are no anchor word ("septiembre" has 10 letters).</summary>
    private const int MaxWordLength = 12;

    private static readonly TimeAnchorKind[] Kinds = Enum.GetValues<TimeAnchorKind>().Where(k => k != TimeAnchorKind.None).ToArray();

    private static readonly FrozenDictionary<string, TimeAnchorKind> Words = BuildWords();

    /// <summary>The folded first letters of the anchor words: most words of a text are ruled out without a lookup.</summary>
    private static readonly SearchValues<char> FirstLetters = SearchValues.Create([.. Words.Keys.Select(w => w[0]).Distinct()]);

    private static readonly int MinWordLength = Words.Keys.Min(w => w.Length);

    private readonly Dictionary<TimeAnchorKind, List<int>> positions;

    private TimeAnchors(Dictionary<TimeAnchorKind, List<int>> positions) => this.positions = positions;

    /// <summary>The anchors of <paramref name="text"/>, each kind in text order.</summary>
    public static TimeAnchors Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new Dictionary<TimeAnchorKind, List<int>>();
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> word = stackalloc char[MaxWordLength];
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsDigit(ch))
            {
                Add(found, TimeAnchorKind.Digit, i);
                do
                {
                    i++;
                }
                while (i < text.Length && char.IsDigit(text[i]));
            }
            else if (char.IsLetter(ch))
            {
                var start = i;
                do
                {
                    i++;
                }
                while (i < text.Length && char.IsLetter(text[i]));

                var length = i - start;
                if (length >= MinWordLength && length <= MaxWordLength && FirstLetters.Contains(Fold(ch)))
                {
                    for (var k = 0; k < length; k++)
                    {
                        word[k] = Fold(text[start + k]);
                    }

                    if (lookup.TryGetValue(word[..length], out var kinds))
                    {
                        AddAll(found, kinds, start);
                    }
                }
            }
            else
            {
                i++;
            }
        }

        return new TimeAnchors(found);
    }

    /// <summary>The positions of one kind of anchor, in text order.</summary>
    public IReadOnlyList<int> Of(TimeAnchorKind kind) => positions.TryGetValue(kind, out var list) ? list : [];

    private static FrozenDictionary<string, TimeAnchorKind> BuildWords()
    {
        var words = new Dictionary<string, TimeAnchorKind>(StringComparer.Ordinal);
        void Put(IEnumerable<string> keys, TimeAnchorKind kind)
        {
            foreach (var key in keys)
            {
                words[key] = words.GetValueOrDefault(key) | kind;
            }
        }

        // The lexicon's keys are the names its patterns spell, lower-case (RelativeTimeRules, AbsoluteTimeRules).
        Put(TimeLexicon.Months.Keys, TimeAnchorKind.Month);
        Put(TimeLexicon.Weekdays.Keys, TimeAnchorKind.Weekday);
        Put(TimeLexicon.SeasonStartMonths.Keys, TimeAnchorKind.Season);
        Put(["today", "tonight", "this", "hoy", "esta"], TimeAnchorKind.Today);
        Put(["ago", "hace"], TimeAnchorKind.Ago);
        Put(["yesterday", "last", "ayer", "anoche", "anteayer", "antier"], TimeAnchorKind.Yesterday);
        Put(["week", "weekend", "month", "year", "semana", "mes", "año", "ano"], TimeAnchorKind.Unit);
        Put(["overnight"], TimeAnchorKind.Overnight);
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void AddAll(Dictionary<TimeAnchorKind, List<int>> found, TimeAnchorKind kinds, int position)
    {
        foreach (var kind in Kinds)
        {
            if ((kinds & kind) != 0)
            {
                Add(found, kind, position);
            }
        }
    }

    private static void Add(Dictionary<TimeAnchorKind, List<int>> found, TimeAnchorKind kind, int position)
    {
        if (!found.TryGetValue(kind, out var list))
        {
            list = [];
            found[kind] = list;
        }

        list.Add(position);
    }

    private static char Fold(char ch) => ch switch
    {
        'ſ' => 's',
        'İ' or 'ı' => 'i',
        _ => char.ToLowerInvariant(ch),
    };
}