using System.CommandLine;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>The event filters <c>events</c> and <c>export</c> share, with their parse-time checks.</summary>
internal sealed class EventFilterOptions
{
    private readonly Option<DateOnly?> since = new("--since") { Description = "Only events on or after this day.", HelpName = "YYYY-MM-DD" };
    private readonly Option<DateOnly?> until = new("--until") { Description = "Only events on or before this day.", HelpName = "YYYY-MM-DD" };
    private readonly Option<string?> type = new("--type") { Description = "Only this PLOVER type (ASSAULT, PROTEST, COERCE, …).", HelpName = "TYPE" };
    private readonly Option<string?> country = new("--country") { Description = "Only events placed in this country (ISO 3166-1 alpha-2, e.g. EC).", HelpName = "CC" };
    private readonly Option<string?> actor = new("--actor") { Description = "Only events naming this actor or recipient (words of a name or alias; case and accents ignored).", HelpName = "NAME" };
    private readonly Option<string?> text = new("--text") { Description = "Only events whose evidence contains these words.", HelpName = "WORDS" };
    private readonly Option<int> minSources = new Option<int>("--min-sources") { Description = "Only events with at least this many independent sources (syndicated copies count once).", HelpName = "N", DefaultValueFactory = _ => 0 }.AtLeast(0);

    public EventFilterOptions()
    {
        type.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !PloverTypeNames.TryParse(value, out _))
            {
                result.AddError($"--type: '{value}' is not a PLOVER type; expected one of {string.Join(", ", Enum.GetValues<PloverType>().Select(PloverTypeNames.NameOf))}.");
            }
        });
        country.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !EventQuery.IsCountryCode(value))
            {
                result.AddError($"--country: '{value}' is not an ISO 3166-1 alpha-2 code (two letters, e.g. EC).");
            }
        });
        until.Validators.Add(result =>
        {
            var from = result.GetValue(since);
            if (from is { } f && result.GetValueOrDefault<DateOnly?>() is { } u && u < f)
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
        command.Options.Add(type);
        command.Options.Add(country);
        command.Options.Add(actor);
        command.Options.Add(text);
        command.Options.Add(minSources);
    }

    /// <summary>The query the parsed options describe.</summary>
    public EventQuery Read(ParseResult parse, int limit = int.MaxValue, int offset = 0, EventSort sort = EventSort.DateDescending) => new(
        parse.GetValue(since),
        parse.GetValue(until),
        parse.GetValue(type),
        parse.GetValue(country),
        parse.GetValue(actor),
        parse.GetValue(text),
        parse.GetValue(minSources),
        limit,
        offset,
        sort);
}