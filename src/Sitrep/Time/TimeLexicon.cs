using System.Collections.Frozen;

namespace Sitrep.Time;

/// <summary>
/// The words time expressions are built from, in English and Spanish, and the regular-expression fragments that
/// match them. English month and weekday names are matched with their capital only, so the verb "march" and the
/// modal "may" are not dates; Spanish names are lower-case in running text and are matched in any case.
/// </summary>
internal static class TimeLexicon
{
    /// <summary>English month names and their newsroom abbreviations (AP style: "Jan.", "Sept."), then Spanish.</summary>
    public const string MonthPattern =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December" +
        @"|Sept\.?|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?" +
        @"|(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))(?![\p{L}\d]|-\p{L})";

    /// <summary>English weekdays (capitalised) and Spanish weekdays (any case, with or without accents).</summary>
    public const string WeekdayPattern =
        @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday" +
        @"|(?i:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo))(?![\p{L}\d])";

    /// <summary>Small counts written as words, as in "two days ago" and "hace dos días".</summary>
    public const string SmallNumberPattern =
        @"(?:\d{1,3}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))";

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["enero"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["febrero"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["marzo"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["abril"] = 4,
        ["may"] = 5,
        ["mayo"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["junio"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["julio"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["agosto"] = 8,
        ["september"] = 9,
        ["sept"] = 9,
        ["sep"] = 9,
        ["septiembre"] = 9,
        ["setiembre"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["octubre"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["noviembre"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
        ["diciembre"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday,
        ["lunes"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["martes"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["miércoles"] = DayOfWeek.Wednesday,
        ["miercoles"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["jueves"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["viernes"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sábado"] = DayOfWeek.Saturday,
        ["sabado"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
        ["domingo"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> SmallNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["un"] = 1,
        ["una"] = 1,
        ["two"] = 2,
        ["dos"] = 2,
        ["three"] = 3,
        ["tres"] = 3,
        ["four"] = 4,
        ["cuatro"] = 4,
        ["five"] = 5,
        ["cinco"] = 5,
        ["six"] = 6,
        ["seis"] = 6,
        ["seven"] = 7,
        ["siete"] = 7,
        ["eight"] = 8,
        ["ocho"] = 8,
        ["nine"] = 9,
        ["nueve"] = 9,
        ["ten"] = 10,
        ["diez"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Meteorological seasons (northern hemisphere): the month each starts in. Source: WMO/NOAA usage.</summary>
    public static readonly FrozenDictionary<string, int> SeasonStartMonths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = 3,
        ["summer"] = 6,
        ["fall"] = 9,
        ["autumn"] = 9,
        ["winter"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The month of a captured month name ("Sept." → 9).</summary>
    public static int Month(ReadOnlySpan<char> name) =>
        Months.GetAlternateLookup<ReadOnlySpan<char>>()[name.TrimEnd('.')];

    /// <summary>The weekday of a captured weekday name.</summary>
    public static DayOfWeek Weekday(ReadOnlySpan<char> name) => Weekdays.GetAlternateLookup<ReadOnlySpan<char>>()[name];

    /// <summary>The value of a small count, digits of any script (the rules' \d matches them all) or word.</summary>
    public static int SmallNumber(ReadOnlySpan<char> value) =>
        DecimalDigits.Value(value) is >= 0 and var n ? n : SmallNumbers.GetAlternateLookup<ReadOnlySpan<char>>()[value];
}