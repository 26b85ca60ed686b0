namespace Sitrep.Time;

/// <summary>
/// The kinds of word or number a time rule's match must contain (its anchor). The recogniser finds them in one pass
/// and runs a rule only next to them; see <see cref="TimeAnchors"/>.
/// </summary>
[Flags]
internal enum TimeAnchorKind
{
    None = 0,

    /// <summary>A month name or abbreviation, English or Spanish ("March", "Sept", "agosto").</summary>
    Month = 1,

    /// <summary>A weekday name, English or Spanish ("Wednesday", "miércoles").</summary>
    Weekday = 2,

    /// <summary>The first digit of a run of digits.</summary>
    Digit = 4,

    /// <summary>"today", "tonight", "this", "hoy" or "esta".</summary>
    Today = 8,

    /// <summary>"ago" or "hace".</summary>
    Ago = 16,

    /// <summary>A season name.</summary>
    Season = 32,

    /// <summary>"yesterday", "last" (night), "ayer", "anoche", "anteayer", "antier".</summary>
    Yesterday = 64,

    /// <summary>A calendar unit: "week", "weekend", "month", "year", "semana", "mes", "año".</summary>
    Unit = 128,

    /// <summary>"overnight".</summary>
    Overnight = 256,
}