using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest;

/// <summary>
/// Publication dates as outlets write them: ISO 8601 dates and date-times (HTML meta, JSON-LD, Atom, bulk files)
/// and RFC 822 dates (RSS 2.0 pubDate). Only the calendar date as written is kept: an article stamped
/// 2026-03-07T23:30-05:00 was published on the 7th where it was written.
/// </summary>
internal static partial class PublishedDate
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy H:m:s zzz", "d MMM yyyy H:m:s zzz", "ddd, d MMM yyyy H:m zzz", "d MMM yyyy H:m zzz",
        "ddd, d MMM yyyy H:m:s", "d MMM yyyy H:m:s", "ddd, d MMM yyyy", "d MMM yyyy",
    ];

    /// <summary>The date in <paramref name="text"/>, or null when it is missing or not a date.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var iso = IsoDate().Match(trimmed);
        if (iso.Success)
        {
            // The date part of an ISO date-time is the local date as written; no time-zone arithmetic needed.
            return DateOnly.TryParseExact(iso.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
        }

        // RFC 822 allows zone names (GMT, EST, Z) that .NET does not parse; the date does not depend on them.
        var withoutZone = TrailingZoneName().Replace(trimmed, string.Empty).Trim();
        if (DateTimeOffset.TryParseExact(withoutZone, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var rfc))
        {
            return DateOnly.FromDateTime(rfc.DateTime);
        }

        // Anything else must name its year: .NET would fill a missing year from the clock, a guess (ARCHITECTURE.md).
        return FourDigitYear().IsMatch(trimmed) && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var any)
            ? DateOnly.FromDateTime(any.DateTime)
            : null;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\s+[A-Za-z]{1,5}$")]
    private static partial Regex TrailingZoneName();
}