namespace Sitrep.Time;

/// <summary>
/// The kinds of word or number a time rule's match must contain (its anchor). The recogniser finds them in one pass
/// and runs a rule only next to them; see <see cref="TimeAnchors"/>.
/// </summary>
[Flags]
internal enum TimeAnchorKind
{
    None = 0,

    /// <summary>A word starting like a month name, English or Spanish ("Mar", "sept", "ago").</summary>
    Month = 1,

    /// <summary>A word starting like a weekday name ("Wed", "mié", "sáb").</summary>
    Weekday = 2,

    /// <summary>The first digit of a run of digits.</summary>
    Digit = 4,

    /// <summary>A word starting like "today", "tonight", "this", "hoy" or "esta".</summary>
    Today = 8,

    /// <summary>A word starting like "ago" or "hace".</summary>
    Ago = 16,

    /// <summary>A word starting like a season name.</summary>
    Season = 32,
}
