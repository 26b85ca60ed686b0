
namespace Sitrep.Documents;

/// <summary>
/// The conventional lines that open a news article before its first sentence of news: a headline set in capitals,
/// a byline ("By Jane Doe, VOA") and a dateline ("KABUL, Afghanistan (VOA) —", "MIAMI (CBSMiami) —"). They say who
/// wrote the story and where it was filed, not who did what: later stages keep their words out of people,
/// organisations and event places, and read the dateline's place as the story's place of reporting.
/// </summary>
public sealed class LeadLayer : IDocumentLayer
{
    /// <summary>Creates the layer; every part is optional.</summary>
    public LeadLayer(TextSpan? headline, Byline? byline, Dateline? dateline)
    {
        Headline = headline;
        Byline = byline;
        Dateline = dateline;
    }

    /// <inheritdoc/>
    public string Name => "lead";

    /// <summary>A headline line in capitals at the start of the body ("MAN KILLED IN CRASH"), or null.</summary>
    public TextSpan? Headline { get; }

    /// <summary>The byline, or null.</summary>
    public Byline? Byline { get; }

    /// <summary>The dateline, or null.</summary>
    public Dateline? Dateline { get; }

    /// <summary>True when nothing was found.</summary>
    public bool IsEmpty => Headline is null && Byline is null && Dateline is null;

    /// <summary>
    /// The spans whose words name no actor of the story: the headline, the byline and the whole dateline (its place is
    /// where the story was filed, read by the places stage from <see cref="Dateline"/>, never a person).
    /// </summary>
    public IReadOnlyList<TextSpan> NotActorSpans()
    {
        var spans = new List<TextSpan>(4);
        if (Headline is { } headline)
        {
            spans.Add(headline);
        }

        if (Byline is { } byline)
        {
            spans.Add(byline.Span);
        }

        if (Dateline is { } dateline)
        {
            spans.Add(dateline.Span);
        }

        return spans;
    }
}

/// <summary>A byline line: "By Jane Doe, VOA".</summary>
/// <param name="Span">The whole line, "By" included.</param>
/// <param name="Author">The author's name or names as written ("Jane Doe and John Roe").</param>
/// <param name="Outlet">The outlet after a comma or bar ("VOA"), or null.</param>
public sealed record Byline(TextSpan Span, string Author, string? Outlet);

/// <summary>A dateline: "KABUL, Afghanistan (VOA) —", "WASHINGTON, March 3 (Reuters) -".</summary>
/// <param name="Span">From the first letter through the dash.</param>
/// <param name="Place">The place words ("KABUL, Afghanistan"; "ISLAMABAD/PENTAGON").</param>
/// <param name="Outlet">The outlet in brackets ("VOA", "CBSMiami"), or null.</param>
/// <param name="Date">A date written in the dateline ("March 3"), or null; the times stage resolves it.</param>
public sealed record Dateline(TextSpan Span, TextSpan Place, string? Outlet, TextSpan? Date);