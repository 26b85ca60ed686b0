using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>
/// Rules for dates the text names: "2026-03-06", "March 6, 2026", "6 March", "6 de marzo", "from 3 to 5 March",
/// "in January", "early February", "in 2023". A date without a year takes one from the publication date, or stays a
/// month-day of unknown year when there is none (ARCHITECTURE.md, input conventions).
/// </summary>
internal static partial class AbsoluteTimeRules
{
    private const string Month = TimeLexicon.MonthPattern;
    private const string Weekday = TimeLexicon.WeekdayPattern;
    private const string Year = @"(?<year>(?:19|20)\d\d)(?!\d|s\b|’s\b)";
    private const string Ordinal = @"(?:st|nd|rd|th)?";
    private const string Lead = @"(?:" + TimeRule.Since + @"|\b(?:[Oo]n|[Ii]n|[Dd]uring|[Ee]l|[Ee]n|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter)\s+)?";
    private const string RangeLead = @"(?:\b(?:[Ff]rom|[Bb]etween|[Dd]el|[Ee]ntre|[Oo]n)\s+)?";
    private const string RangeJoin = @"\s*(?:-|–|—|\s(?:to|and|through|until|al|y)\s)\s*";
    private const string YearTail = @"(?:,?\s+(?:(?:de|del)\s+)?" + Year + ")?";

    /// <summary>Words that, after a bare four-digit number, make it a count ("2000 people"), not a year.</summary>
    private static readonly Regex CountNounAfter = new(
        @"\G\s*(?:%|percent|per\s+cent|people|persons|men|women|children|troops|soldiers|migrants|refugees|civilians|dead|killed|members|fighters|police|officers|students|workers|homes|houses|vehicles|families|votes|cases|tons|dollars|euros)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(10));

    /// <summary>A bare number followed by a plural noun counts things ("2014 elections" is rarer than "1998 votes").</summary>
    private static readonly Regex PluralAfter = new(
        @"\G\s+\p{L}[\p{L}-]*s\b", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

    private static readonly Regex CountWordBefore = new(
        @"\b(?:about|around|some|nearly|almost|over|than|least|up\s+to|roughly|approximately|estimated|killing|killed|total\s+of)\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(10));

    public static IEnumerable<TimeRule> Create()
    {
        yield return new TimeRule("iso-date", IsoDatePattern(), ReadIso, new TimeRuleAnchor(TimeAnchorKind.Digit, 8, IsoDateAnchored()));
        yield return new TimeRule("month-day", MonthDayPattern(), ReadDay, new TimeRuleAnchor(TimeAnchorKind.Month, 18, MonthDayAnchored(), WordStart: false));
        yield return new TimeRule("day-month", DayMonthPattern(), ReadDay, new TimeRuleAnchor(TimeAnchorKind.Month, 24, DayMonthAnchored(), WordStart: false));
        yield return new TimeRule("month-day-range", MonthDayRangePattern(), ReadRange, new TimeRuleAnchor(TimeAnchorKind.Month, 8, MonthDayRangeAnchored()));
        yield return new TimeRule("day-month-range", DayMonthRangePattern(), ReadRange, new TimeRuleAnchor(TimeAnchorKind.Digit, 8, DayMonthRangeAnchored()));
        yield return new TimeRule("month-year", MonthYearPattern(), ReadMonthYear, new TimeRuleAnchor(TimeAnchorKind.Month, 15, MonthYearAnchored(), WordStart: false));
        yield return new TimeRule("month", MonthPattern(),
            ReadMonth, new TimeRuleAnchor(TimeAnchorKind.Month, 16, MonthAnchored()));
        yield return new TimeRule("year", YearPattern(), ReadYear, new TimeRuleAnchor(TimeAnchorKind.Digit, 10, YearAnchored()));
        yield return new TimeRule("year-range", YearRangePattern(), ReadYearRange, new TimeRuleAnchor(TimeAnchorKind.Digit, 8, YearRangeAnchored()));
        yield return new TimeRule("bare-year", BareYearPattern(), ReadBareYear);
    }

    private const string IsoDateSource = Lead + @"\b(?<year>\d{4})-(?<mnum>\d{2})-(?<day>\d{2})\b";

    [GeneratedRegex(IsoDateSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + IsoDateSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex IsoDateAnchored();

    private const string MonthDaySource = Lead + @"(?:(?<weekday>" + Weekday + @"),?\s+)?\b(?<month>" + Month + @")\s+(?<day>\d{1,2})" + Ordinal + @"(?![\d:])" + YearTail;

    [GeneratedRegex(MonthDaySource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + MonthDaySource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex MonthDayAnchored();

    private const string DayMonthSource = Lead + @"(?:(?<weekday>" + Weekday + @"),?\s+)?(?<![\d.,])\b(?<day>\d{1,2})" + Ordinal + @"\s+(?:(?:of|de)\s+)?(?<month>" + Month + ")" + YearTail;

    [GeneratedRegex(DayMonthSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + DayMonthSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex DayMonthAnchored();

    private const string MonthDayRangeSource = RangeLead + @"\b(?<month>" + Month + @")\s+(?<day>\d{1,2})" + Ordinal + RangeJoin + @"(?:(?<month2>" + Month + @")\s+)?(?<day2>\d{1,2})" + Ordinal + @"(?![\d:])" + YearTail;

    [GeneratedRegex(MonthDayRangeSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex MonthDayRangePattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + MonthDayRangeSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex MonthDayRangeAnchored();

    private const string DayMonthRangeSource = RangeLead + @"(?<![\d.,])\b(?<day>\d{1,2})" + Ordinal + @"(?:\s+(?:(?:of|de)\s+)?(?<month>" + Month + "))?" + RangeJoin + @"(?<day2>\d{1,2})" + Ordinal + @"\s+(?:(?:of|de)\s+)?(?<month2>" + Month + ")" + YearTail;

    [GeneratedRegex(DayMonthRangeSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex DayMonthRangePattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + DayMonthRangeSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex DayMonthRangeAnchored();

    private const string MonthYearSource = Lead + @"(?:(?:in\s+)?(?<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?\b(?<month>" + Month + @"),?\s+(?:(?:de|del)\s+)?" + Year;

    [GeneratedRegex(MonthYearSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex MonthYearPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + MonthYearSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex MonthYearAnchored();

    private const string MonthSource = @"\b(?:" + TimeRule.Since + @"|(?<prep>[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Oo]f|[Ee]n|[Ee]arlier\s+in|[Ll]ater\s+in|[Ss]tarting\s+in|[Bb]efore|[Aa]fter)\s+|(?<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?<month>" + Month + @")(?!\.?\s*\d)";

    [GeneratedRegex(MonthSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + MonthSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex MonthAnchored();

    private const string YearSource = @"\b(?:" + TimeRule.Since + @"|(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Ee]n|[Tt]hrough|[Bb]efore|[Aa]fter|[Ii]n\s+the\s+year|(?:[Ii]n\s+)?(?:early|late|[Ee]arly|[Ll]ate))\s+|(?:[Ii]n\s+)?[Mm]id-)" + Year + @"(?![.,]\d)";

    [GeneratedRegex(YearSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex YearPattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + YearSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex YearAnchored();

    private const string YearRangeSource = @"\b(?:[Ff]rom|[Bb]etween|[Ee]ntre|[Dd]e)\s+(?<year>(?:19|20)\d\d)\s*(?:-|–|\s(?:to|and|through|until|a|y)\s)\s*(?<year2>(?:19|20)\d\d)(?![\d.,]\d|\d)|(?<![\d,.$€£#/:\-\p{L}])(?<year>(?:19|20)\d\d)[-–](?<year2>(?:19|20)\d\d)(?!\d)";

    [GeneratedRegex(YearRangeSource, TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex YearRangePattern();

    [GeneratedRegex(TimeRuleAnchor.AnchorPrefix + YearRangeSource + ")", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex YearRangeAnchored();

    [GeneratedRegex(@"(?<![\d,.$€£#/:\-\p{L}])" + Year + @"(?![.,/:\-–]?\d)", TimeRule.Options, TimeRule.TimeoutMilliseconds)]
    private static partial Regex BareYearPattern();

    private static int Int(Group group) => DecimalDigits.Value(group.ValueSpan);

    private static TimeReading? ReadIso(Match match, DateOnly? published, string text)
    {
        int year = Int(match.Groups["year"]), month = Int(match.Groups["mnum"]), day = Int(match.Groups["day"]);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? TimeReading.Of(DateInterval.Day(new DateOnly(year, month, day)))
            : null;
    }

    private static TimeReading? ReadDay(Match match, DateOnly? published, string text)
    {
        var month = TimeLexicon.Month(match.Groups["month"].ValueSpan);
        var day = Int(match.Groups["day"]);
        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        var monthDay = new YearlessDate(month, day);
        if (match.Groups["year"].Success)
        {
            var year = Int(match.Groups["year"]);
            return monthDay.ExistsIn(year) ? TimeReading.Of(DateInterval.Day(monthDay.InYear(year))) : null;
        }

        if (published is DateOnly pub)
        {
            return CalendarArithmetic.NearestOccurrence(monthDay, pub) is DateOnly date ? TimeReading.Of(DateInterval.Day(date)) : null;
        }

        return new TimeReading(DatePrecision.MonthDay, null, monthDay);
    }

    private static TimeReading? ReadRange(Match match, DateOnly? published, string text)
    {
        // month-day-range: month is the first month, month2 the optional second; day-month-range: the reverse.
        var first = match.Groups["month"];
        var second = match.Groups["month2"];
        var startMonth = TimeLexicon.Month((first.Success ? first : second).ValueSpan);
        var endMonth = TimeLexicon.Month((second.Success ? second : first).ValueSpan);
        int startDay = Int(match.Groups["day"]), endDay = Int(match.Groups["day2"]);
        if (startDay < 1 || endDay < 1 || startDay > DateTime.DaysInMonth(2000, startMonth) || endDay > DateTime.DaysInMonth(2000, endMonth))
        {
            return null;
        }

        var start = new YearlessDate(startMonth, startDay);
        var end = new YearlessDate(endMonth, endDay);
        int? endYear = match.Groups["year"].Success ? Int(match.Groups["year"]) : null;
        if (endYear is null && published is DateOnly pub && CalendarArithmetic.NearestOccurrence(end, pub) is DateOnly nearest)
        {
            endYear = nearest.Year;
        }

        if (endYear is not int y)
        {
            return new TimeReading(DatePrecision.DayRange, null, start);
        }

        var startYear = (startMonth, startDay).CompareTo((endMonth, endDay)) <= 0 ? y : y - 1;
        if (!start.ExistsIn(startYear) || !end.ExistsIn(y))
        {
            return null;
        }

        return TimeReading.Of(new DateInterval(start.InYear(startYear), end.InYear(y), DatePrecision.DayRange));
    }

    private static TimeReading? ReadMonthYear(Match match, DateOnly? published, string text)
    {
        var month = TimeLexicon.Month(match.Groups["month"].ValueSpan);
        var year = Int(match.Groups["year"]);
        var part = match.Groups["part"];
        return TimeReading.Of(part.Success
            ? CalendarArithmetic.PartOfMonth(year, month, char.ToLowerInvariant(part.ValueSpan[0]))
            : DateInterval.Month(year, month));
    }

    private static TimeReading? ReadMonth(Match match, DateOnly? published, string text)
    {
        var rel = match.Groups["rel"];
        var part = match.Groups["part"];
        if (!match.Groups["since"].Success && !match.Groups["prep"].Success && !rel.Success && !part.Success)
        {
            return null;
        }

        var precision = part.Success ? DatePrecision.PartOfMonth : DatePrecision.Month;
        if (published is not DateOnly pub)
        {
            return TimeReading.Unresolved(precision);
        }

        var month = TimeLexicon.Month(match.Groups["month"].ValueSpan);
        var year = (rel.Success ? char.ToLowerInvariant(rel.ValueSpan[0]) : ' ') switch
        {
            'l' or 'p' => month < pub.Month ? pub.Year : pub.Year - 1,
            'n' => month > pub.Month ? pub.Year : pub.Year + 1,
            't' => pub.Year,
            _ => CalendarArithmetic.YearOfMostRecentMonth(month, pub),
        };
        return TimeReading.Of(part.Success
            ? CalendarArithmetic.PartOfMonth(year, month, char.ToLowerInvariant(part.ValueSpan[0]))
            : DateInterval.Month(year, month));
    }

    private static TimeReading? ReadYear(Match match, DateOnly? published, string text)
    {
        var end = match.Index + match.Length;
        return CountNounAfter.IsMatch(text, end) ? null : TimeReading.Of(DateInterval.Year(Int(match.Groups["year"])));
    }

    private static TimeReading? ReadYearRange(Match match, DateOnly? published, string text)
    {
        int first = Int(match.Groups["year"]), last = Int(match.Groups["year2"]);
        return last > first ? TimeReading.Of(new DateInterval(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), DatePrecision.Year)) : null;
    }

    private static TimeReading? ReadBareYear(Match match, DateOnly? published, string text)
    {
        var year = Int(match.Groups["year"]);
        var latest = published?.Year ?? 2100;
        var end = match.Index + match.Length;
        if (year < 1950 || year > latest || CountNounAfter.IsMatch(text, end) || PluralAfter.IsMatch(text, end))
        {
            return null;
        }

        var before = text.AsSpan(Math.Max(0, match.Index - 20), Math.Min(20, match.Index));
        return CountWordBefore.IsMatch(before) ? null : TimeReading.Of(DateInterval.Year(year));
    }
}