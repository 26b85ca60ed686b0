using System.Globalization;

namespace Sitrep.Cli;

/// <summary>
/// Reads a <c>--since</c>/<c>--until</c> value in the ISO 8601 calendar forms only: YYYY, YYYY-MM, YYYY-MM-DD,
/// each a range of days (2025 is 1 January to 31 December). Anything else ("12/03/2025", which could be either
/// 12 March or 3 December) is refused rather than guessed.
/// </summary>
internal static class IsoDateFilter
{
    /// <summary>The accepted forms, as error messages and help show them.</summary>
    public const string Forms = "YYYY (a year), YYYY-MM (a month) or YYYY-MM-DD (a day), e.g. 2026, 2026-03, 2026-03-06";

    /// <summary>Parses <paramref name="text"/> into its first and last day.</summary>
    public static bool TryParse(string? text, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var value = text?.Trim() ?? "";
        var style = DateTimeStyles.None;
        var culture = CultureInfo.InvariantCulture;
        switch (value.Length)
        {
            case 4 when value.All(char.IsAsciiDigit) && int.TryParse(value, NumberStyles.None, culture, out var year) && year >= 1:
                first = new DateOnly(year, 1, 1);
                last = new DateOnly(year, 12, 31);
                return true;
            case 7 when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", culture, style, out var month):
                first = month;
                last = month.AddMonths(1).AddDays(-1);
                return true;
            case 10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, style, out var day):
                first = last = day;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The error for an option value that is not one of the forms.</summary>
    public static string Complaint(string option, string value) =>
        $"{option}: '{value}' is not an ISO 8601 date; expected {Forms}.";
}