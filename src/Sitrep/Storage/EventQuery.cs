namespace Sitrep.Storage;

/// <summary>Filters for listing events; every filter is optional and they combine with AND.</summary>
/// <param name="Since">Events whose date ends on or after this day (starts on or after it with <see cref="EventDateMatch.Within"/>).</param>
/// <param name="Until">Events whose date starts on or before this day (ends on or before it with <see cref="EventDateMatch.Within"/>).</param>
/// <param name="Type">PLOVER type name ("ASSAULT"), case-insensitive.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the event's place.</param>
/// <param name="Actor">Part of an actor's or recipient's name or alias, case- and accent-insensitive.</param>
/// <param name="Text">Words that must appear in the evidence of some mention (full-text).</param>
/// <param name="MinSources">At least this many independent sources.</param>
/// <param name="Limit">At most this many events.</param>
/// <param name="Offset">Skip this many (paging).</param>
/// <param name="Sort">The order.</param>
/// <param name="DateMatch">Whether Since/Until select events overlapping the window (the default) or within it.</param>
public sealed record EventQuery(
    DateOnly? Since = null,
    DateOnly? Until = null,
    string? Type = null,
    string? Country = null,
    string? Actor = null,
    string? Text = null,
    int MinSources = 0,
    int Limit = 100,
    int Offset = 0,
    EventSort Sort = EventSort.DateDescending,
    EventDateMatch DateMatch = EventDateMatch.Overlaps)
{
    /// <summary>True when <paramref name="value"/> has the shape of an ISO 3166-1 alpha-2 code (two letters; case and surrounding spaces ignored).</summary>
    public static bool IsCountryCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var code = value.Trim();
        return code.Length == 2 && code.All(char.IsAsciiLetter);
    }
}