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
/// publication month and the month before (news reports the recent past); with neither, <c>t:{family}|c:{country}</c>.
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

    /// <summary>The keys of <paramref name="mention"/>, distinct and in a stable order.</summary>
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
                Add($"t:{family}|c:{country}");
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
    /// The keys a new <paramref name="mention"/> looks candidates up by: <see cref="For"/>, plus
    /// <c>u:{family}|c:{country}</c> for a dated mention (the events reported only without any date, which no month key
    /// reaches) or <c>t:{family}|c:{country}</c> for a mention with neither a date nor a publication date (it could be
    /// of any time, so every event of its family in its country is a candidate).
    /// </summary>
    public static IReadOnlyList<string> QueryKeys(MentionRecord mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var prefix = Months(mention).Count == 0 ? "t" : "u";
        return Extend(mention, prefix);
    }

    /// <summary>
    /// The keys an event holding <paramref name="mention"/> is indexed under: <see cref="For"/>, plus the timeless
    /// <c>t:{family}|c:{country}</c> that undated mentions look up, plus <c>u:{family}|c:{country}</c> when the mention
    /// itself is undated, so that a dated report finds it. Lookup and index keys pair up symmetrically, so which of
    /// two reports arrives first does not decide whether they meet.
    /// </summary>
    public static IReadOnlyList<string> IndexKeys(MentionRecord mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var keys = Extend(mention, "t");
        return Months(mention).Count == 0 ? [.. keys.Concat(Extend(mention, "u")).Distinct(StringComparer.Ordinal)] : keys;
    }

    private static IReadOnlyList<string> Extend(MentionRecord mention, string prefix)
    {
        var family = EventFamily.Of(mention.Type);
        return [.. For(mention).Concat(Countries(mention).Select(c => $"{prefix}:{family}|c:{c}")).Distinct(StringComparer.Ordinal)];
    }

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