using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>
/// Rules for dates relative to publication: weekdays, "today", "two days ago", "last week", "earlier this month",
/// "last fall", "overnight". Without a publication date they are kept unresolved, never guessed from the ingest date.
/// Conventions follow the dev-voa gold's "about" field: a bare weekday is the most recent such day on or before
/// publication unless the text makes it future; "this week" is Monday of the publication week to publication.
/// </summary>
internal static partial class RelativeTimeRules
{
    private const string Weekday = TimeLexicon.WeekdayPattern;
    private const string DayPart = @"(?:\s+(?:morning|afternoon|evening|night|overnight|at\s+dawn|at\s+dusk|(?i:por\s+la\s+(?:ma[nñ]ana|tarde|noche))))?";

    /// <summary>Words before a weekday in its sentence that make it future ("talks will resume Tuesday").</summary>
    private static readonly Regex FutureCue = new(
        @"\b(?:will|shall|'ll|’ll|scheduled|is\s+due|are\s+due|due\s+to|set\s+(?:to|for)|expected\s+to|plans?\s+to|planning\s+to|upcoming|slated|to\s+be\s+held|va\s+a|van\s+a)\b(?![^.;!?]*\b(?:said|told|announced|added|stated|reported|dijo)\b)[^.;!?]*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(10));

    public static IEnumerable<TimeRule> Create()
    {
        yield return new TimeRule("weekday", WeekdayPattern(),
            ReadWeekday, new TimeRuleAnchor(TimeAnchorKind.Weekday, 18, WeekdayAnchored()));
        yield return new TimeRule("today", TodayPattern(),
            (_, pub, _) => pub is DateOnly p ? TimeReading.Of(DateInterval.Day(p)) : TimeReading.Unresolved(DatePrecision.Day), new TimeRuleAnchor(TimeAnchorKind.Today, 8, TodayAnchored()));
        yield return new TimeRule("yesterday", YesterdayPattern(),
            (_, pub, _) => pub is DateOnly p ? TimeReading.Of(DateInterval.Day(p.AddDays(-1))) : TimeReading.Unresolved(DatePrecision.Day), new TimeRuleAnchor(TimeAnchorKind.Yesterday, 6, YesterdayAnchored()));
        yield return new TimeRule("day-before-yesterday", DayBeforeYesterdayPattern(),
            (_, pub, _) => pub is DateOnly p ? TimeReading.Of(DateInterval.Day(p.AddDays(-2))) : TimeReading.Unresolved(DatePrecision.Day), new TimeRuleAnchor(TimeAnchorKind.Yesterday, 13, DayBeforeYesterdayAnchored()));
        yield return new TimeRule("tomorrow", TomorrowPattern(),
            (_, pub, _) => pub is DateOnly p ? TimeReading.Of(DateInterval.Day(p.AddDays(1))) : TimeReading.Unresolved(DatePrecision.Day));
        yield return new TimeRule("ago", AgoPattern(),
            ReadAgo, new TimeRuleAnchor(TimeAnchorKind.Ago, 13, AgoAnchored()));
        yield return new TimeRule("week-month-year", WeekMonthYearPattern(),
            ReadRelativeUnit, new TimeRuleAnchor(TimeAnchorKind.Unit, 12, WeekMonthYearAnchored()));
        yield return new TimeRule("season", SeasonPattern(),
            ReadSeason, new TimeRuleAnchor(TimeAnchorKind.Season, 14, SeasonAnchored()));
        yield return new TimeRule("overnight", OvernightPattern(),
            (_, pub, _) => pub is DateOnly p ? TimeReading.Of(new DateInterval(p.AddDays(-1), p, DatePrecision.DayRange)) : TimeReading.Unresolved(DatePrecision.DayRange), new TimeRuleAnchor(TimeAnchorKind.Overnight, 1, OvernightAnchored()));
        yield return new TimeRule("at-dawn", AtDawnPattern(),
            (_, pub, _) => pub is DateOnly p ? TimeReading.Of(DateInterval.Day(p)) : TimeReading.Unresolved(DatePrecision.Day));
    }

    private const string WeekdaySource = @"(?:" + TimeRule.Since + @"|\b(?<mod>[Oo]n|[Ll]ast|[Tt]his\s+past|[Tt]his|[Nn]ext|[Ee]arly(?:\s+on)?|[Ll]ate(?:\s+on)?|[Oo]vernight|[Aa]t\s+dawn(?:\s+on)?|[Ii]n\s+the\s+early\s+hours\s+of|(?i:el\s+pasado|el\s+pr[oó]ximo|este|el))\s+)?\b(?<weekday>" + Weekday + ")" + DayPart;

    [GeneratedRegex(WeekdaySource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + WeekdaySource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex WeekdayAnchored();

    private const string TodaySource = @"\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?:[Tt]oday|[Tt]onight)\b|\b(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Aa]t\s+dawn)\s+)?(?:[Tt]his\s+(?:morning|afternoon|evening))\b|\b(?i:hoy|esta\s+(?:ma[nñ]ana|tarde|noche))\b|\b[Aa]t\s+dawn\s+today\b";

    [GeneratedRegex(TodaySource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex TodayPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + TodaySource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex TodayAnchored();

    private const string YesterdaySource = @"\b(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:[Yy]esterday|[Ll]ast\s+night)(?:\s+(?:morning|afternoon|evening))?\b|\b(?i:ayer|anoche)\b";

    [GeneratedRegex(YesterdaySource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex YesterdayPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + YesterdaySource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex YesterdayAnchored();

    private const string DayBeforeYesterdaySource = @"\b[Tt]he\s+day\s+before\s+yesterday\b|\b(?i:anteayer|antier)\b";

    [GeneratedRegex(DayBeforeYesterdaySource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex DayBeforeYesterdayPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + DayBeforeYesterdaySource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex DayBeforeYesterdayAnchored();

    [GeneratedRegex(@"\b[Tt]omorrow\b", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex TomorrowPattern();

    private const string AgoSource = @"\b(?<n>" + TimeLexicon.SmallNumberPattern + @")\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b|\b(?i:hace)\s+(?<n>" + TimeLexicon.SmallNumberPattern + @")\s+(?<unit>(?i:d[ií]as?|semanas?|mes(?:es)?|a[nñ]os?))\b";

    [GeneratedRegex(AgoSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex AgoPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + AgoSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex AgoAnchored();

    private const string WeekMonthYearSource = @"\b(?<rel>(?:[Ee]arlier|[Ll]ater)\s+this|[Ee]arly\s+this|[Tt]his|[Ll]ast|[Nn]ext|[Tt]his\s+past)\s+(?<unit>week|month|year|weekend)\b|\b(?i:(?<unit>semana|mes|a[nñ]o)\s+(?<rel>pasad[oa]|pr[oó]xim[oa])|(?<rel>est[ea])\s+(?<unit>semana|mes|a[nñ]o))\b";

    [GeneratedRegex(WeekMonthYearSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex WeekMonthYearPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + WeekMonthYearSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex WeekMonthYearAnchored();

    private const string SeasonSource = @"\b(?:" + TimeRule.Since + @"(?:(?<rel>last|this)\s+)?|(?<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+|(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince)\s+(?:the\s+)?(?:(?<rel>last|this|next|past)\s+)?(?<prep>)|(?<prep>[Ee]arly|[Ll]ate)\s+)?(?<season>(?i:spring|summer|fall|autumn|winter))\b(?:\s+(?:of\s+)?(?<year>(?:19|20)\d\d)(?!\d))?(?!\s+of\s+\p{Lu})";

    [GeneratedRegex(SeasonSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex SeasonPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + SeasonSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex SeasonAnchored();

    private const string OvernightSource = @"(?<!\b(?:[Aa]n?|[Tt]he|[Aa]nother)\s+)\b[Oo]vernight\b(?!\s+(?:raid|attack|strike|strikes|attacks|raids|operation|curfew|shelling|bombardment|assault|stay|flight|bus|train)\b)";

    [GeneratedRegex(OvernightSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex OvernightPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + OvernightSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex OvernightAnchored();

    [GeneratedRegex(@"\b[Aa]t\s+(?:dawn|daybreak|first\s+light)\b", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex AtDawnPattern();

    private static TimeReading? ReadWeekday(Match match, DateOnly? published, string text)
    {
        if (published is not DateOnly pub)
        {
            return TimeReading.Unresolved(DatePrecision.Day);
        }

        var weekday = TimeLexicon.Weekday(match.Groups["weekday"].ValueSpan);
        var mod = match.Groups["mod"].Success ? match.Groups["mod"].Value.ToLowerInvariant() : "";
        DateOnly day;
        if (mod.StartsWith("last", StringComparison.Ordinal) || mod.StartsWith("this past", StringComparison.Ordinal) || mod.StartsWith("el pasado", StringComparison.Ordinal))
        {
            day = CalendarArithmetic.Before(pub, weekday);
        }
        else if (mod.StartsWith("next", StringComparison.Ordinal) || mod.StartsWith("el pr", StringComparison.Ordinal))
        {
            day = CalendarArithmetic.After(pub, weekday);
        }
        else if (mod is "this" or "este")
        {
            day = CalendarArithmetic.MondayOf(pub).AddDays(((int)weekday + 6) % 7);
        }
        else
        {
            day = IsFuture(text, match.Index) ? CalendarArithmetic.OnOrAfter(pub, weekday) : CalendarArithmetic.OnOrBefore(pub, weekday);
        }

        return TimeReading.Of(DateInterval.Day(day));
    }

    /// <summary>True when the sentence before <paramref name="index"/> puts the weekday in the future.</summary>
    private static bool IsFuture(string text, int index)
    {
        var start = Math.Max(0, index - 120);
        return FutureCue.IsMatch(text.AsSpan(start, index - start));
    }

    private static TimeReading? ReadAgo(Match match, DateOnly? published, string text)
    {
        var unit = char.ToLowerInvariant(match.Groups["unit"].ValueSpan[0]);
        var precision = unit switch
        {
            'd' => DatePrecision.Day,
            'w' or 's' => DatePrecision.Week,
            'm' => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        if (published is not DateOnly pub)
        {
            return TimeReading.Unresolved(precision);
        }

        var n = TimeLexicon.SmallNumber(match.Groups["n"].ValueSpan);
        return TimeReading.Of(precision switch
        {
            DatePrecision.Day => DateInterval.Day(pub.AddDays(-n)),
            DatePrecision.Week => CalendarArithmetic.WeekOf(pub.AddDays(-7 * n)),
            DatePrecision.Month => DateInterval.Month(pub.AddMonths(-n).Year, pub.AddMonths(-n).Month),
            _ => DateInterval.Year(pub.Year - n),
        });
    }

    private static TimeReading? ReadRelativeUnit(Match match, DateOnly? published, string text)
    {
        var rel = match.Groups["rel"].Value.ToLowerInvariant();
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var precision = unit switch
        {
            "week" or "semana" => DatePrecision.Week,
            "weekend" => DatePrecision.DayRange,
            "month" or "mes" => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        if (published is not DateOnly pub)
        {
            return TimeReading.Unresolved(precision);
        }

        var direction = rel switch
        {
            "last" or "this past" or "pasado" or "pasada" => -1,
            "next" or "próximo" or "próxima" or "proximo" or "proxima" => 1,
            _ when rel.StartsWith("later", StringComparison.Ordinal) => 2,
            _ => 0,
        };
        return TimeReading.Of(RelativePeriods.Resolve(precision, unit == "weekend", direction, pub));
    }

    private static TimeReading? ReadSeason(Match match, DateOnly? published, string text)
    {
        var rel = match.Groups["rel"];
        var hasYear = match.Groups["year"].Success;
        if (!rel.Success && !hasYear && !match.Groups["since"].Success && !match.Groups["prep"].Success)
        {
            return null;
        }

        var startMonth = TimeLexicon.SeasonStartMonths[match.Groups["season"].Value];
        if (hasYear)
        {
            return TimeReading.Of(CalendarArithmetic.Season(DecimalDigits.Value(match.Groups["year"].ValueSpan), startMonth));
        }

        if (published is not DateOnly pub)
        {
            return TimeReading.Unresolved(DatePrecision.Season);
        }

        var which = rel.Success ? char.ToLowerInvariant(rel.ValueSpan[0]) : 'i';
        return TimeReading.Of(RelativePeriods.Season(startMonth, which, pub));
    }
}