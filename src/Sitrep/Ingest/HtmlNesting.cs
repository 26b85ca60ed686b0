namespace Sitrep.Ingest;

/// <summary>
/// How deeply a page nests its elements, measured by one linear scan of the markup before any parser sees it. An
/// HTML tree builder's work grows faster than the depth (100 000 nested &lt;div&gt;s took AngleSharp minutes), and
/// browsers themselves stop nesting near 512 levels, so a page deeper than <see cref="MaxDepth"/> is no news page.
/// Elements the HTML grammar closes by itself (void elements, &lt;p&gt;, &lt;li&gt;, table cells) are not counted,
/// so sloppy but real markup is not mistaken for deep markup; comments and raw-text elements are skipped.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting accepted (Blink caps its tree at 512 levels).</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>The deepest nesting seen, stopping early once past <paramref name="stopAbove"/>.</summary>
    public static int MaxDepthOf(string html, int stopAbove = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && deepest <= stopAbove)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            i = tagEnd + 1;
            if (closing)
            {
                depth = NotCounted.Contains(name) ? depth : Math.Max(0, depth - 1);
                continue;
            }

            if (Array.Exists(RawText, r => r.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (!NotCounted.Contains(name) && html[tagEnd - 1] != '/')
            {
                deepest = Math.Max(deepest, ++depth);
            }
        }

        return deepest;
    }
}