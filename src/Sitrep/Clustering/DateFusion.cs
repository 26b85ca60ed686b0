using Sitrep.Time;

namespace Sitrep.Clustering;

/// <summary>
/// The fused date of an event: the narrowest reported interval consistent with (overlapping) the dates of the most
/// independent sources; a year-less month-day takes its year from its cluster mates.
/// </summary>
internal static class DateFusion
{
    /// <summary>Fuses the dates of <paramref name="mentions"/> (canonical order).</summary>
    public static FusedValue<DateInterval?> Fuse(IReadOnlyList<MentionRecord> mentions)
    {
        var dated = new List<(MentionRecord Mention, DateInterval Date)>();
        foreach (var m in mentions)
        {
            if (Resolve(m, mentions) is { } date)
            {
                dated.Add((m, date));
            }
        }

        if (dated.Count == 0)
        {
            return new FusedValue<DateInterval?>(null, [], []);
        }

        var best = dated[0];
        var bestSources = -1;
        foreach (var candidate in dated)
        {
            var sources = SourceVote.Sources(dated.Where(d => DateWindow.Overlap(d.Date, candidate.Date)).Select(d => d.Mention));
            if (sources > bestSources || (sources == bestSources && candidate.Date.Days < best.Date.Days))
            {
                best = candidate;
                bestSources = sources;
            }
        }

        return new FusedValue<DateInterval?>(
            best.Date,
            [.. dated.Where(d => DateWindow.Overlap(d.Date, best.Date)).Select(d => d.Mention.Id)],
            [.. dated.Where(d => !DateWindow.Overlap(d.Date, best.Date)).Select(d => new Disagreement<DateInterval?>(d.Mention.Id, d.Date))]);
    }

    /// <summary>
    /// <paramref name="mention"/>'s date; for a year-less month-day, the day in the year its mates' dates (else their
    /// publication dates) put it in, or null when they give no year.
    /// </summary>
    public static DateInterval? Resolve(MentionRecord mention, IReadOnlyList<MentionRecord> mates)
    {
        if (mention.Date is { } date)
        {
            return date;
        }

        if (mention.MonthDay is not { } md)
        {
            return null;
        }

        // The year most independent mates' dates agree on; failing that, the year of the latest publication that
        // does not precede the month-day (a report speaks of the past).
        var years = mates
            .Where(m => m.Date is not null)
            .Select(m => (m.SourceKey, Year: DateWindow.YearFor(md, m.Date!.Value)))
            .Where(x => x.Year is not null)
            .GroupBy(x => x.Year!.Value)
            .Select(g => (Year: g.Key, Sources: g.Select(x => x.SourceKey).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(x => x.Sources)
            .ThenByDescending(x => x.Year)
            .ToList();
        if (years.Count > 0)
        {
            return DateInterval.Day(md.InYear(years[0].Year));
        }

        foreach (var published in mates.Select(m => m.Published).OfType<DateOnly>().OrderDescending())
        {
            var year = md.ExistsIn(published.Year) && md.InYear(published.Year).DayNumber <= published.DayNumber + 1
                ? published.Year
                : published.Year - 1;
            if (year >= 1 && md.ExistsIn(year))
            {
                return DateInterval.Day(md.InYear(year));
            }
        }

        return null;
    }
}