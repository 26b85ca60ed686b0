using System.Globalization;
using Sitrep.Time;

namespace Sitrep.Clustering;

/// <summary>
/// The blocking keys of a mention (docs/clustering-and-fusion.md, step 2): an event is a candidate for a new mention
/// only when it shares a key with it. Each key joins an event family to a calendar month and a country, or a shared
/// actor to a month, so a block holds the events of one family in one country in one month: the candidate count grows
/// with how busy that month was, not with the size of the store.
/// </summary>
/// <remarks>
/// Keys: <c>t:{family}|m:{yyyy-MM}|c:{country}</c> for each month the date may fall in (widened by its precision) and
/// each country (the place's, else the participants'); <c>a:{actor key}|m:{yyyy-MM}</c> for each participant and month;
/// <c>t:{family}|d:{MM-dd}|c:{country}</c> for a known day or a year-less month-day, so that a report that gives no
/// year ("March 6", no publication date) meets the dated reports of that day. A mention without a date takes the
/// publication month and the month before (news reports the recent past).
/// <para>
/// A mention with neither a date nor a publication date has no month to key. It is keyed
/// <c>u:{family}|c:{country}</c> ("undatable"), which every dated mention probes (<see cref="ProbeKeys"/>): few events
/// hold an undatable mention, so the probe stays small. It probes <c>t:{family}|c:{country}</c> itself, under which
/// every dated mention is indexed (<see cref="IndexKeys"/>) but which no dated mention probes: only the rare undatable
/// mention pays for a look at every event of its family in its country, the price of having no time at all.
/// </para>
/// <para>
/// A store keeps each event under the <see cref="IndexKeys"/> of its mentions and looks up a new mention's
/// <see cref="ProbeKeys"/>; a store that uses <see cref="For"/> for both loses only the undatable case.
/// </para>
/// </remarks>
public static class BlockingKeys
{
    // A date spanning more months than this (a year, "since 2009") keys only its latest months: the months nearest
    // publication are where another report of the same incident would be dated, and a year's keys would put the
    // mention in twelve blocks for little gain.
    private const int MaxMonths = 12;

    // Participants beyond this many add keys but rarely candidates (the first-named actors are the principal ones).
    private const int MaxActors = 4;

    private const string NoCountry = "-";

    /// <summary>The keys <paramref name="mention"/> is both indexed under and probes with, distinct and in a stable order.</summary>
    public static IReadOnlyList<string> For(MentionRecord mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var family = EventFamily.Of(mention.Type);
        var countries = Countries(mention);
        var months = Months(mention);
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string key)
        {
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        foreach (var month in months)
        {
            foreach (var country in countries)
            {
                Add($"t:{family}|m:{month}|c:{country}");
            }
        }

        if (months.Count == 0)
        {
            foreach (var country in countries)
            {
                Add(Undatable(family, country));
            }
        }

        if (DayOfYear(mention) is { } day)
        {
            foreach (var country in countries)
            {
                Add($"t:{family}|d:{day}|c:{country}");
            }
        }

        foreach (var actor in mention.Actors.Concat(mention.Recipients).Select(a => a.Key).Distinct(StringComparer.Ordinal).Take(MaxActors))
        {
            foreach (var month in months)
            {
                Add($"a:{actor}|m:{month}");
            }
        }

        return keys;
    }

    /// <summary>
    /// The keys to look up candidates for <paramref name="mention"/>: <see cref="For"/>, plus the undatable key of its
    /// family and country (a dated mention) or the family-and-country key dated mentions are indexed under (an
    /// undatable one).
    /// </summary>
    public static IReadOnlyList<string> ProbeKeys(MentionRecord mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var family = EventFamily.Of(mention.Type);
        var extra = Countries(mention).Select(c => IsUndatable(mention) ? FamilyCountry(family, c) : Undatable(family, c));
        return [.. For(mention).Concat(extra).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The keys to index the event holding <paramref name="mention"/> under: <see cref="For"/>, plus, for a dated
    /// mention, the family-and-country key that only undatable mentions probe.
    /// </summary>
    public static IReadOnlyList<string> IndexKeys(MentionRecord mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (IsUndatable(mention))
        {
            return For(mention);
        }

        var family = EventFamily.Of(mention.Type);
        return [.. For(mention).Concat(Countries(mention).Select(c => FamilyCountry(family, c))).Distinct(StringComparer.Ordinal)];
    }

    private static bool IsUndatable(MentionRecord mention) => mention.Date is null && mention.Published is null;

    private static string Undatable(string family, string country) => $"u:{family}|c:{country}";

    private static string FamilyCountry(string family, string country) => $"t:{family}|c:{country}";

    private static List<string> Countries(MentionRecord mention)
    {
        if (mention.Place?.Country is { } country)
        {
            return [country];
        }

        // No place: the participants' countries stand in (a strike by "Ecuadorian forces" is most likely in Ecuador
        // or next to it), so that a report naming no place still meets the placed reports of the same event.
        var fromActors = mention.Actors.Concat(mention.Recipients)
            .Select(a => a.Country)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Take(MaxActors)
            .ToList();
        return fromActors.Count > 0 ? fromActors : [NoCountry];
    }

    private static List<string> Months(MentionRecord mention)
    {
        if (mention.Date is { } date)
        {
            var widened = DateWindow.Widen(date);
            return MonthsOf(widened.From, widened.To);
        }

        if (mention.Published is { } published)
        {
            // A report without a date speaks of the recent past: this month or the last.
            return MonthsOf(published.AddMonths(-1), published);
        }

        return [];
    }

    private static List<string> MonthsOf(DateOnly from, DateOnly to)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1);
        var months = new List<string>();
        for (var m = last; m >= first && months.Count < MaxMonths; m = m.AddMonths(-1))
        {
            months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        months.Reverse();
        return months;
    }

    private static string? DayOfYear(MentionRecord mention)
    {
        if (mention.Date is { Precision: DatePrecision.Day } date)
        {
            return date.From.ToString("MM-dd", CultureInfo.InvariantCulture);
        }

        return mention.MonthDay is { } md && mention.Date is null
            ? string.Create(CultureInfo.InvariantCulture, $"{md.Month:00}-{md.Day:00}")
            : null;
    }
}