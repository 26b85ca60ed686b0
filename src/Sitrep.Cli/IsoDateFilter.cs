using Sitrep.Time;

namespace Sitrep.Cli;

/// <summary>
/// A <c>--since</c>/<c>--until</c> value: the ISO 8601 forms of <see cref="IsoDateRange"/> (the API's since and
/// until read the same), each a range of days.
/// </summary>
internal static class IsoDateFilter
{
    /// <summary>The accepted forms, as error messages and help show them.</summary>
    public const string Forms = IsoDateRange.Forms;

    /// <summary>Parses <paramref name="text"/> into its first and last day.</summary>
    public static bool TryParse(string? text, out DateOnly first, out DateOnly last) => IsoDateRange.TryParse(text, out first, out last);

    /// <summary>The error for an option value that is not one of the forms.</summary>
    public static string Complaint(string option, string value) =>
        $"{option}: '{value}' is not an ISO 8601 date; expected {Forms}.";
}