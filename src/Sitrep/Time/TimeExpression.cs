using Sitrep.Documents;

namespace Sitrep.Time;

/// <summary>
/// One time expression of a document: where it is, what it means as an interval, and how precise it is.
/// </summary>
/// <param name="Span">The expression's characters in the document text ("on Friday", "since September").</param>
/// <param name="Precision">The unit the text used, known even when the expression cannot be resolved.</param>
/// <param name="Interval">The resolved interval, or null when it depends on an unknown publication date.</param>
/// <param name="Anchor">
/// For an open range ("since Feb. 24", "since 2020"), the interval of its starting point in its own precision
/// (24 Feb; the year 2020). An incident reported "since" a date usually happened on it, while an aggregate runs from it.
/// </param>
/// <param name="MonthDay">For "March 6" without a year nor a publication date, the month and day; otherwise null.</param>
public sealed record TimeExpression(
    TextSpan Span,
    DatePrecision Precision,
    DateInterval? Interval,
    DateInterval? Anchor = null,
    YearlessDate? MonthDay = null)
{
    /// <summary>True when the expression has an interval.</summary>
    public bool IsResolved => Interval is not null;
}