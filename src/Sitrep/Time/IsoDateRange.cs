using System.Globalization;

namespace Sitrep.Time;

/// <summary>
/// Reads a date filter written in ISO 8601 as a range of calendar days: YYYY (1 January to 31 December), YYYY-MM,
/// YYYY-MM-DD, or a date-time with an optional offset (2026-03-06T23:30:00-05:00), which stands for the calendar
/// day written in it. Anything else ("12/03/2025", which could be 12 March or 3 December) is refused, never guessed.
/// </summary>
/// <remarks>
/// A date-time keeps the day as written rather than the UTC day: event dates are the local days the reports name
/// and carry no zone, so "23:30 at UTC-5 on the 6th" is compared with events of the 6th, not of the 7th.
/// </remarks>
public static class IsoDateRange
{
    /// <summary>The accepted forms, as error messages and help show them.</summary>
    public const string Forms = "YYYY (a year), YYYY-MM (a month) or YYYY-MM-DD (a day), e.g. 2026, 2026-03, 2026-03-06; "
        + "or a date-time YYYY-MM-DDThh:mm[:ss[.fff]] with an optional Z or ±hh:mm offset, e.g. 2026-03-06T14:30:00+02:00, which stands for its day";

    /// <summary>The same forms in a line short enough to stand beside a form field.</summary>
    public const string ShortForms = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|±hh:mm], e.g. 2026-03-06 or 2026-03-06T14:30+02:00";

    // 'K' takes "Z", "+02:00" or nothing; the seconds and fraction are optional as ISO 8601 allows.
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Parses <paramref name="text"/> (surrounding spaces ignored) into its first and last day.</summary>
    public static bool TryParse(string? text, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var value = text?.Trim() ?? "";
        var culture = CultureInfo.InvariantCulture;
        switch (value.Length)
        {
            case 4 when value.All(char.IsAsciiDigit) && int.TryParse(value, NumberStyles.None, culture, out var year) && year >= 1:
                first = new DateOnly(year, 1, 1);
                last = new DateOnly(year, 12, 31);
                return true;
            case 7 when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var month):
                first = month;
                last = month.AddMonths(1).AddDays(-1);
                return true;
            case 10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day):
                first = last = day;
                return true;
            case > 10 when value[10] == 'T'
                && DateTimeOffset.TryParseExact(value, DateTimeFormats, culture, DateTimeStyles.AssumeUniversal, out _)
                && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", culture, DateTimeStyles.None, out var written):
                first = last = written;
                return true;
            default:
                return false;
        }
    }
}