using System.CommandLine;
using Sitrep.Events;
using Sitrep.Exports;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>The event filters <c>events</c> and <c>export</c> share, with their parse-time checks.</summary>
internal sealed class EventFilterOptions
{
    private static readonly Lazy<CountryCodeResolver> Countries = new(CountryCodeResolver.LoadDefault);

    private readonly Option<string?> since = new("--since") { Description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD: a year or month starts on its first day; a date-time such as 2026-03-06T14:30+02:00 is the day written in it). By default an event matches when its date range overlaps --since/--until; see --within.", HelpName = "DATE" };
    private readonly Option<string?> until = new("--until") { Description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD: a year or month ends on its last day; a date-time is the day written in it).", HelpName = "DATE" };
    private readonly Option<bool> within = new("--within") { Description = "Only events whose whole date range lies within --since/--until (containment), not any that overlap it: an aggregate running 2009–2025 then no longer matches --since 2025-12." };
    private readonly Option<string?> type = new("--type") { Description = "Only this PLOVER type (ASSAULT, PROTEST, COERCE, …).", HelpName = "TYPE" };
    private readonly Option<string?> country = new("--country") { Description = "Only events placed in this country (ISO 3166-1 alpha-2, e.g. EC; UK is answered with GB).", HelpName = "CC" };
    private readonly Option<string?> actor = new("--actor") { Description = "Only events naming this actor or recipient (words of a name or alias; case and accents ignored).", HelpName = "NAME" };
    private readonly Option<string?> text = new("--text") { Description = "Only events whose evidence contains these words (English stemming: airstrike finds airstrikes).", HelpName = "WORDS" };
    private readonly Option<int> minSources = new Option<int>("--min-sources") { Description = "Only events with at least this many independent sources (syndicated copies count once).", HelpName = "N", DefaultValueFactory = _ => 0 }.AtLeast(0);

    public EventFilterOptions()
    {
        foreach (var date in new[] { since, until })
        {
            date.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is { } value && !IsoDateFilter.TryParse(value, out _, out _))
                {
                    result.AddError(IsoDateFilter.Complaint(date.Name, value));
                }
            });
        }

        type.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !PloverTypeNames.TryParse(value, out _))
            {
                result.AddError($"--type: '{value}' is not a PLOVER type; expected one of {string.Join(", ", Enum.GetValues<PloverType>().Select(PloverTypeNames.NameOf))}.");
            }
        });
        country.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && Countries.Value.Complaint(value) is { } complaint)
            {
                result.AddError("--country: " + complaint);
            }
        });
        until.Validators.Add(result =>
        {
            if (Range(result.GetValue(since), result.GetValueOrDefault<string?>()) is ({ } f, { } u) && u < f)
            {
                result.AddError($"--until ({u:yyyy-MM-dd}) is before --since ({f:yyyy-MM-dd}).");
            }
        });
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(since);
        command.Options.Add(until);
        command.Options.Add(within);
        command.Options.Add(type);
        command.Options.Add(country);
        command.Options.Add(actor);
        command.Options.Add(text);
        command.Options.Add(minSources);
    }

    /// <summary>The query the parsed options describe.</summary>
    public EventQuery Read(ParseResult parse, int limit = int.MaxValue, int offset = 0, EventSort sort = EventSort.DateDescending)
    {
        var (from, to) = Range(parse.GetValue(since), parse.GetValue(until));
        return new(
            from,
            to,
            parse.GetValue(type),
            parse.GetValue(country)?.Trim().ToUpperInvariant(),
            parse.GetValue(actor),
            parse.GetValue(text),
            parse.GetValue(minSources),
            limit,
            offset,
            sort,
            parse.GetValue(within) ? EventDateMatch.Within : EventDateMatch.Overlaps);
    }

    /// <summary>--since's first day and --until's last day (2025 → 2025-01-01 and 2025-12-31); null where absent or invalid.</summary>
    private static (DateOnly? From, DateOnly? To) Range(string? sinceText, string? untilText) => (
        IsoDateFilter.TryParse(sinceText, out var first, out _) ? first : null,
        IsoDateFilter.TryParse(untilText, out _, out var last) ? last : null);
}