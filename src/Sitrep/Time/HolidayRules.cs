using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>
/// The time rule for holidays and named days ("on Father's Day", "Christmas Eve", "during Ramadan", "Thanksgiving
/// 2019"), resolved against the publication date by <see cref="HolidayCalendar"/>. The names come from a data table,
/// so this one pattern is built at start-up (interpreted, not compiled) rather than source-generated.
/// </summary>
internal static class HolidayRules
{
    public static IEnumerable<TimeRule> Create() => Create(HolidayCalendar.Default);

    public static IEnumerable<TimeRule> Create(HolidayCalendar calendar)
    {
        var names = string.Join('|', calendar.Holidays.Select(h => NamePattern(h.Name)));
        var pattern = new Regex(
            "(?:" + TimeRule.Since + @"|\b(?<mod>[Oo]n|[Dd]uring|[Oo]ver|[Aa]t|[Bb]efore|[Aa]fter|[Uu]ntil|[Bb]y|[Ll]ast|[Tt]his|[Nn]ext)\s+(?:the\s+)?)?"
                + @"\b(?<name>" + names + @")(?![\p{L}\d])(?:,?\s+(?<year>(?:19|20)\d\d)(?!\d))?",
            TimeRule.Options,
            TimeSpan.FromMilliseconds(TimeRule.TimeoutMilliseconds));
        yield return new TimeRule("holiday", pattern, (match, published, _) => Read(calendar, match, published));
    }

    private static TimeReading? Read(HolidayCalendar calendar, Match match, DateOnly? published)
    {
        if (calendar.Find(Key(match.Groups["name"].Value)) is not { } holiday)
        {
            return null;
        }

        var year = match.Groups["year"];
        var mod = match.Groups["mod"];
        if (!holiday.Alone && !mod.Success && !year.Success && !match.Groups["since"].Success)
        {
            return null;
        }

        DateInterval? interval = year.Success
            ? holiday.Rule.In(int.Parse(year.ValueSpan, CultureInfo.InvariantCulture))
            : published is DateOnly p ? HolidayCalendar.Resolve(holiday.Rule, p, mod.Success ? mod.Value.ToLowerInvariant() : null) : null;
        return interval is { } resolved ? TimeReading.Of(resolved) : TimeReading.Unresolved(DatePrecision.Day);
    }

    // "Father's Day" also as "Father’s Day" and "Fathers Day"; "Eid al-Fitr" also as "Eid al Fitr".
    private static string NamePattern(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            sb.Append(c switch
            {
                '\'' => "['’]?",
                ' ' => @"\s+",
                '-' => @"[-\s]",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return sb.ToString();
    }

    private static string Key(string written)
    {
        var sb = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            if (c is '\'' or '’')
            {
                continue;
            }

            var mapped = char.IsWhiteSpace(c) || c == '-' ? ' ' : c;
            if (mapped != ' ' || (sb.Length > 0 && sb[^1] != ' '))
            {
                sb.Append(mapped);
            }
        }

        return sb.ToString();
    }
}