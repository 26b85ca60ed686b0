namespace Sitrep.Ingest;

/// <summary>
/// How deeply a page nests its elements, measured by one linear scan of the markup before any parser sees it. An
/// HTML tree builder's work grows faster than the depth (100 000 nested &lt;div&gt;s took AngleSharp minutes), and
/// browsers themselves stop nesting near 512 levels, so a page deeper than <see cref="MaxDepth"/> is no news page.
/// Elements the HTML grammar closes by itself (void elements, &lt;p&gt;, &lt;li&gt;, table cells) are not counted,
/// so sloppy but real markup is not mistaken for deep markup; comments and raw-text elements are skipped.
/// </summary>
/// <remarks>
/// The scan must never see less depth than the tree builder will build (WHATWG HTML §13.2.6), or a page can hide
/// its depth from it: an end tag closes only an element the tree builder would close (one that is open, with no
/// scope boundary above it and, for an ordinary element, no special element above it; "&lt;div&gt;&lt;/q&gt;"
/// closes nothing); "/&gt;" closes only SVG and MathML elements ("&lt;div/&gt;" opens a div); inside SVG and MathML
/// every element nests and nothing is raw text; and a formatting element closed by another element's end tag stays
/// counted, because the tree builder reopens it before the next text (the list of active formatting elements, at
/// most three alike). The element tables are the standard's.
/// </remarks>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting accepted (Blink caps its tree at 512 levels).</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    // §13.2.4.3, "formatting": the elements the list of active formatting elements reopens.
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // §13.2.4.2, "has an element in scope": an end tag does not reach past these.
    private static readonly HashSet<string> ScopeBoundary = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
        "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title",
    };

    // §13.2.4.3, "special": an end tag of an ordinary element is ignored when one of these is above it.
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
        "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
        "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc",
    };

    // §13.2.6.5: a start tag that leaves SVG or MathML for HTML ("font" only with color, face or size; counted always).
    private static readonly HashSet<string> BreaksOutOfForeign = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font",
    };

    // §13.2.6.5: SVG and MathML elements whose children are HTML again.
    private static readonly HashSet<string> IntegrationPoint = new(StringComparer.Ordinal)
    {
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    };

    /// <summary>The deepest nesting seen, stopping early once past <paramref name="stopAbove"/>.</summary>
    public static int MaxDepthOf(string html, int stopAbove = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new List<OpenElement>(); // outermost first; never longer than stopAbove + 1
        var reopened = new List<OpenElement>(); // formatting elements closed by another end tag
        var deepest = 0;
        var from = 0;
        while (deepest <= stopAbove && HtmlTag.Next(html, ref from) is { } tag)
        {
            if (tag.Closing)
            {
                Close(tag.Name, open, reopened);
                continue;
            }

            var current = open.Count > 0 ? open[^1] : default;
            var foreign = tag.Name is "svg" or "math"
                || (current.Foreign && !IntegrationPoint.Contains(current.Name) && !BreaksOutOfForeign.Contains(tag.Name));
            if (foreign ? tag.SelfClosing : NotCounted.Contains(tag.Name) && !current.Foreign)
            {
                continue;
            }

            if (!foreign && RawText.Contains(tag.Name))
            {
                var close = html.IndexOf("</" + tag.Name, from, StringComparison.OrdinalIgnoreCase);
                from = close < 0 ? html.Length : close;
                continue;
            }

            open.Add(new OpenElement(tag.Name, foreign, Formatting.Contains(tag.Name) ? tag.Text(html) : null));
            deepest = Math.Max(deepest, open.Count + reopened.Count);
        }

        return deepest;
    }

    private static void Close(string name, List<OpenElement> open, List<OpenElement> reopened)
    {
        if (NotCounted.Contains(name))
        {
            return;
        }

        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (open[k].Name == name)
            {
                for (var above = open.Count - 1; above > k; above--)
                {
                    if (open[above].FormattingTag is { } text && reopened.Count(r => r.FormattingTag == text) < 3)
                    {
                        reopened.Add(open[above]);
                    }
                }

                open.RemoveRange(k, open.Count - k);
                return;
            }

            if (ScopeBoundary.Contains(open[k].Name) || (!Special.Contains(name) && Special.Contains(open[k].Name)))
            {
                return;
            }
        }

        // The end tag of a formatting element that is no longer open removes it from the list (the adoption agency).
        var remembered = reopened.FindLastIndex(r => r.Name == name);
        if (remembered >= 0)
        {
            reopened.RemoveAt(remembered);
        }
    }

    private readonly record struct OpenElement(string Name, bool Foreign, string? FormattingTag);
}