using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Events;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Server;

/// <summary>
/// Reads the event filters of a query string (the CLI's filters: since, until, type, country, actor, text,
/// min_sources; plus limit, offset, sort) into an <see cref="EventQuery"/>, collecting every error for a 400 answer.
/// </summary>
internal static class EventFilters
{
    /// <summary>Longest free-text filter accepted: far more than any search needs, little enough to bound FTS work.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The sort names, shared with the CLI's --sort.</summary>
    public static readonly IReadOnlyDictionary<string, EventSort> Sorts = EventSortNames.All.ToDictionary(p => p.Name, p => p.Sort, StringComparer.OrdinalIgnoreCase);

    public static EventQuery? TryRead(IQueryCollection q, int defaultLimit, int maxLimit, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var since = Date(q, "since", errors, first: true);
        var until = Date(q, "until", errors, first: false);
        if (since is { } s && until is { } u && u < s)
        {
            errors["until"] = ["until must not be before since."];
        }

        var type = Text(q, "type", errors);
        if (type is not null && !PloverTypeNames.TryParse(type, out _))
        {
            errors["type"] = [$"'{type}' is not a PLOVER type (ASSAULT, PROTEST, COERCE, ...)."];
        }

        var country = Text(q, "country", errors);
        if (country is not null && !EventQuery.IsCountryCode(country))
        {
            errors["country"] = ["country must be an ISO 3166-1 alpha-2 code such as EC."];
        }

        // Read before the errors are counted: an over-long actor or text must be a 400, not a filter silently dropped.
        var actor = Text(q, "actor", errors);
        var text = Text(q, "text", errors);
        var minSources = Integer(q, "min_sources", 0, 0, 1000, errors);
        var limit = Integer(q, "limit", defaultLimit, 1, maxLimit, errors);
        var offset = Integer(q, "offset", 0, 0, int.MaxValue, errors);
        var sort = EventSort.DateDescending;
        if (Text(q, "sort", errors) is { } sortName && !Sorts.TryGetValue(sortName, out sort))
        {
            errors["sort"] = [$"sort must be one of {string.Join(", ", Sorts.Keys)}."];
        }

        return errors.Count > 0
            ? null
            : new EventQuery(since, until, type, country?.ToUpperInvariant(), actor, text, minSources, limit, offset, sort);
    }

    public static string? Text(IQueryCollection q, string name, Dictionary<string, string[]> errors)
    {
        var value = q[name].ToString().Trim();
        var at = value.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        at = at >= 0 ? at : value.IndexOf('\u007f', StringComparison.Ordinal);
        if (at >= 0)
        {
            var c = value[at];
            errors[name] = [$"{name} contains the control character U+{(int)c:X4}; expected printable text."];
            return null;
        }

        if (value.Length > MaxTextLength)
        {
            errors[name] = [$"{name} is longer than {MaxTextLength} characters."];
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    public static int Integer(IQueryCollection q, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var raw = q[name].ToString();
        if (raw.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors[name] = [$"{name} must be a whole number from {min} to {max}."];
            return fallback;
        }

        return value;
    }

    /// <summary>
    /// A since or until in any form of <see cref="IsoDateRange"/>: since takes the first day of a year or month,
    /// until the last, so since=2026&amp;until=2026 is the whole year.
    /// </summary>
    private static DateOnly? Date(IQueryCollection q, string name, Dictionary<string, string[]> errors, bool first)
    {
        var raw = q[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        if (raw.Length <= MaxTextLength && IsoDateRange.TryParse(raw, out var from, out var to))
        {
            return first ? from : to;
        }

        errors[name] = [$"{name} must be an ISO 8601 date or date-time: {IsoDateRange.ShortForms}."];
        return null;
    }
}