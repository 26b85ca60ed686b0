namespace Sitrep.Time;

/// <summary>Lets other stages ask whether a word is a month or weekday name without reaching into the time grammar.</summary>
internal static class TimeLexiconProbe
{
    public static bool IsMonth(ReadOnlySpan<char> word) =>
        word.Length >= 3 && TimeLexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word.TrimEnd('.'))
        && !word.Equals("may", StringComparison.Ordinal) && !word.Equals("mar", StringComparison.Ordinal);

    public static bool IsCalendarWord(ReadOnlySpan<char> word) =>
        (word.Length > 0 && char.IsUpper(word[0]) && IsMonth(word)) || TimeLexicon.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);
}