namespace Sitrep.Ingest;

/// <summary>
/// One tag as the WHATWG HTML tokenizer reads it (§13.2.5: tag name, attributes with quoted values, the self-closing
/// flag), found by a linear scan. <see cref="HtmlNesting"/> must see the tags the parser will see: a "&gt;" inside
/// a quoted attribute value does not end a tag, and "&lt;!--&gt;" is a whole comment.
/// </summary>
internal readonly record struct HtmlTag(string Name, bool Closing, bool SelfClosing, int Start, int End)
{
    /// <summary>The text of the start tag (name and attributes), which tells formatting elements apart as the parser does.</summary>
    public string Text(string html) => html[Start..End];

    /// <summary>The next tag at or after <paramref name="from"/>, or null at the end of the markup.</summary>
    /// <param name="html">The page.</param>
    /// <param name="from">Where to look from; on return, where the scan goes on.</param>
    public static HtmlTag? Next(string html, ref int from)
    {
        while (from < html.Length && (from = html.IndexOf('<', from)) >= 0)
        {
            var i = from;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                from = CommentEnd(html, i + 4);
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // Not a tag ("<" as text, "<!DOCTYPE", "<?", "</>"): bogus comments hold no tags up to their ">",
                // but reading tags inside them only overcounts, and overcounting is safe.
                from = i + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }

            var (end, selfClosing) = AttributesEnd(html, nameEnd);
            if (end < 0)
            {
                from = html.Length; // a tag left open at the end of the page is dropped by the tokenizer
                return null;
            }

            from = end + 1;
            return new HtmlTag(html[nameStart..nameEnd].ToLowerInvariant(), closing, selfClosing, i, end + 1);
        }

        from = html.Length;
        return null;
    }

    // A comment ends at "-->" or "--!>"; "<!-->" and "<!--->" end at once (abrupt closing of an empty comment).
    private static int CommentEnd(string html, int bodyStart)
    {
        if (bodyStart < html.Length && html[bodyStart] == '>')
        {
            return bodyStart + 1;
        }

        if (string.CompareOrdinal(html, bodyStart, "->", 0, 2) == 0)
        {
            return bodyStart + 2;
        }

        var plain = html.IndexOf("-->", bodyStart, StringComparison.Ordinal);
        // Only before the first "-->": a search to the end for every comment would make many comments quadratic.
        var bang = html.IndexOf("--!>", bodyStart, (plain < 0 ? html.Length : Math.Min(html.Length, plain + 4)) - bodyStart, StringComparison.Ordinal);
        return (plain, bang) switch
        {
            ( < 0, < 0) => html.Length,
            ( < 0, _) => bang + 4,
            (_, < 0) => plain + 3,
            _ => plain < bang ? plain + 3 : bang + 4,
        };
    }

    // The index of the ">" that ends the tag (or -1) and whether "/>" closed it.
    private static (int End, bool SelfClosing) AttributesEnd(string html, int i)
    {
        while (true)
        {
            var selfClosing = false;
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                selfClosing = html[i] == '/';
                i++;
            }

            if (i >= html.Length)
            {
                return (-1, false);
            }

            if (html[i] == '>')
            {
                return (i, selfClosing && html[i - 1] == '/');
            }

            i++; // an attribute name's first character may be "=", "\"" or "'"
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i < html.Length && html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                if (close < 0)
                {
                    return (-1, false);
                }

                i = close + 1;
                continue;
            }

            while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
            {
                i++;
            }
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}