using System.Collections.Immutable;

using Sitrep.Documents;

namespace Sitrep.Time;

/// <summary>
/// Finds and resolves the time expressions of a text: every rule of the grammar proposes matches, and the
/// leftmost-longest non-overlapping ones are kept (a longer reading such as "Friday, March 6, 2026" beats its parts).
/// Built once and shared: the compiled patterns are immutable and thread-safe.
/// </summary>
internal sealed class TimeExpressionRecognizer
{
    private readonly ImmutableArray<TimeRule> rules;

    public TimeExpressionRecognizer()
        : this([.. AbsoluteTimeRules.Create(), .. RelativeTimeRules.Create(), .. HolidayRules.Create()])
    {
    }

    public TimeExpressionRecognizer(ImmutableArray<TimeRule> rules) => this.rules = rules;

    public ImmutableArray<TimeExpression> Recognize(string text, DateOnly? published) => Recognize(text, published, CancellationToken.None);

    public ImmutableArray<TimeExpression> Recognize(string text, DateOnly? published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<(int Start, int End, TimeExpression Expression)>();
        var anchors = TimeAnchors.Find(text);
        foreach (var rule in rules)
        {
            foreach (var match in Matches(rule, text, anchors, cancellationToken))
            {
                if (match.Length == 0 || Read(rule, match, published, text) is not TimeReading reading)
                {
                    continue;
                }

                var (start, end) = Trim(text, match.Index, match.Index + match.Length);
                var span = new TextSpan(start, end);
                var expression = match.Groups["since"].Success ? OpenRange(span, reading, published) : Closed(span, reading);
                candidates.Add((start, end, expression));
            }
        }

        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = ImmutableArray.CreateBuilder<TimeExpression>();
        var coveredUntil = 0;
        foreach (var (start, end, expression) in candidates)
        {
            if (start >= coveredUntil)
            {
                kept.Add(expression);
                coveredUntil = end;
            }
            else if (kept.Count > 0 && end > coveredUntil && Length(kept[^1]) < end - start)
            {
                // A later-starting but longer reading overlapping the previous one wins ("6 March 2026" over "in 6").
                kept[^1] = expression;
                coveredUntil = end;
            }
        }

        return kept.ToImmutable();
    }

    /// <summary>
    /// The rule's matches; a pathological input that exhausts the match timeout loses this rule's matches only,
    /// instead of failing the whole document.
    /// </summary>
    private static List<System.Text.RegularExpressions.Match> Matches(TimeRule rule, string text, TimeAnchors anchors, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var matches = new List<System.Text.RegularExpressions.Match>();
        try
        {
            if (rule.Anchor is TimeRuleAnchor anchor)
            {
                AnchoredMatches.Collect(anchor, text, anchors.Of(anchor.Kind), matches);
                return matches;
            }

            for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                cancellationToken.ThrowIfCancellationRequested();
                matches.Add(match);
            }
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            matches.Clear();
        }

        return matches;
    }

    /// <summary>
    /// A reading, or null when the calendar arithmetic leaves DateOnly's range (year 0000 in "0000-01-01", "tomorrow"
    /// of a story dated 9999-12-31): such input is nonsense and is skipped rather than failing the document.
    /// </summary>
    private static TimeReading? Read(TimeRule rule, System.Text.RegularExpressions.Match match, DateOnly? published, string text)
    {
        try
        {
            return rule.Read(match, published, text);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Length(TimeExpression expression) => expression.Span.Length;

    private static TimeExpression Closed(TextSpan span, TimeReading reading) =>
        new(span, reading.Precision, reading.Interval, null, reading.MonthDay);

    /// <summary>"Since X" runs from the start of X to publication; X itself is kept as the anchor.</summary>
    private static TimeExpression OpenRange(TextSpan span, TimeReading reading, DateOnly? published)
    {
        DateInterval? interval = reading.Interval is DateInterval anchor && published is DateOnly pub
            ? CalendarArithmetic.SinceUntil(anchor, pub)
            : null;
        return new TimeExpression(span, DatePrecision.OpenRange, interval, reading.Interval, reading.MonthDay);
    }

    // Patterns may end on a period that belongs to the sentence ("in 2023." is not "in 2023" plus nothing).
    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, end);
    }
}