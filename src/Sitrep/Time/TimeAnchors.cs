using System.Collections.Frozen;

namespace Sitrep.Time;

/// <summary>
/// Where the anchors of the time rules are in one text: the starts of words whose first three letters, folded to lower
/// case, begin a month, weekday, season or relative word, and the starts of digit runs. Found in one pass, so each rule
/// is tried only in a short window before its anchors instead of at every position of the text.
/// </summary>
/// <remarks>
/// A superset is harmless (it only costs a failed attempt), a missed anchor would lose a match. Every anchor of the
/// grammar starts a word (the patterns put <c>\b</c>, <c>\s</c> or <c>-</c> before it) and every anchor word has at
/// least three letters, so the first three letters of each word are enough. Folding also maps the few characters that
/// case-insensitive matching treats as equal to a Latin letter ("ſ" to "s", dotted and dotless "i" to "i").
/// </remarks>
internal sealed class TimeAnchors
{
    private static readonly FrozenDictionary<string, TimeAnchorKind> Prefixes = new Dictionary<string, TimeAnchorKind>(StringComparer.Ordinal)
    {
        ["jan"] = TimeAnchorKind.Month,
        ["feb"] = TimeAnchorKind.Month,
        ["mar"] = TimeAnchorKind.Month | TimeAnchorKind.Weekday,
        ["apr"] = TimeAnchorKind.Month,
        ["may"] = TimeAnchorKind.Month,
        ["jun"] = TimeAnchorKind.Month,
        ["jul"] = TimeAnchorKind.Month,
        ["aug"] = TimeAnchorKind.Month,
        ["sep"] = TimeAnchorKind.Month,
        ["oct"] = TimeAnchorKind.Month,
        ["nov"] = TimeAnchorKind.Month,
        ["dec"] = TimeAnchorKind.Month,
        ["ene"] = TimeAnchorKind.Month,
        ["abr"] = TimeAnchorKind.Month,
        ["ago"] = TimeAnchorKind.Month | TimeAnchorKind.Ago,
        ["set"] = TimeAnchorKind.Month,
        ["dic"] = TimeAnchorKind.Month,
        ["mon"] = TimeAnchorKind.Weekday,
        ["tue"] = TimeAnchorKind.Weekday,
        ["wed"] = TimeAnchorKind.Weekday,
        ["thu"] = TimeAnchorKind.Weekday,
        ["fri"] = TimeAnchorKind.Weekday,
        ["sat"] = TimeAnchorKind.Weekday,
        ["sun"] = TimeAnchorKind.Weekday,
        ["lun"] = TimeAnchorKind.Weekday,
        ["mie"] = TimeAnchorKind.Weekday,
        ["mié"] = TimeAnchorKind.Weekday,
        ["jue"] = TimeAnchorKind.Weekday,
        ["vie"] = TimeAnchorKind.Weekday,
        ["sab"] = TimeAnchorKind.Weekday,
        ["sáb"] = TimeAnchorKind.Weekday,
        ["dom"] = TimeAnchorKind.Weekday,
        ["tod"] = TimeAnchorKind.Today,
        ["ton"] = TimeAnchorKind.Today,
        ["thi"] = TimeAnchorKind.Today,
        ["hoy"] = TimeAnchorKind.Today,
        ["est"] = TimeAnchorKind.Today,
        ["hac"] = TimeAnchorKind.Ago,
        ["spr"] = TimeAnchorKind.Season,
        ["sum"] = TimeAnchorKind.Season,
        ["fal"] = TimeAnchorKind.Season,
        ["aut"] = TimeAnchorKind.Season,
        ["win"] = TimeAnchorKind.Season,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Dictionary<TimeAnchorKind, List<int>> positions;

    private TimeAnchors(Dictionary<TimeAnchorKind, List<int>> positions) => this.positions = positions;

    /// <summary>The anchors of <paramref name="text"/>, each kind in text order.</summary>
    public static TimeAnchors Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new Dictionary<TimeAnchorKind, List<int>>();
        var lookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[3];
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsDigit(ch))
            {
                if (i == 0 || !char.IsDigit(text[i - 1]))
                {
                    Add(found, TimeAnchorKind.Digit, i);
                }
            }
            else if (char.IsLetter(ch) && (i == 0 || !char.IsLetter(text[i - 1])) && i + 3 <= text.Length)
            {
                key[0] = Fold(ch);
                key[1] = Fold(text[i + 1]);
                key[2] = Fold(text[i + 2]);
                if (lookup.TryGetValue(key, out var kinds))
                {
                    foreach (var kind in Kinds)
                    {
                        if ((kinds & kind) != 0)
                        {
                            Add(found, kind, i);
                        }
                    }
                }
            }
        }

        return new TimeAnchors(found);
    }

    /// <summary>The positions of one kind of anchor, in text order.</summary>
    public IReadOnlyList<int> Of(TimeAnchorKind kind) => positions.TryGetValue(kind, out var list) ? list : [];

    private static readonly TimeAnchorKind[] Kinds =
    [
        TimeAnchorKind.Month, TimeAnchorKind.Weekday, TimeAnchorKind.Today, TimeAnchorKind.Ago, TimeAnchorKind.Season,
    ];

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
