using System.Collections.Frozen;
using System.Text;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Ingest;

/// <summary>
/// The readable text of an HTML tree: block elements become paragraphs separated by a blank line, white space inside
/// a paragraph collapses to single spaces (as a browser renders it), scripts and styles are dropped.
/// </summary>
internal static class HtmlText
{
    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "td", "th", "thead", "tr", "ul");

    private static readonly FrozenSet<string> SkippedTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "script", "style", "noscript", "template", "svg", "iframe", "button", "select");

    /// <summary>The paragraphs of an HTML fragment (feed content, extracted article HTML).</summary>
    public static string FromFragment(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var builder = new ParagraphBuilder();
        foreach (var node in nodes)
        {
            Append(node, builder);
        }

        return builder.ToString();
    }

    /// <summary>The paragraphs under <paramref name="root"/>.</summary>
    public static string FromNode(INode root)
    {
        var builder = new ParagraphBuilder();
        Append(root, builder);
        return builder.ToString();
    }

    private static void Append(INode node, ParagraphBuilder builder)
    {
        switch (node)
        {
            case IText text:
                builder.AppendInline(text.Data);
                break;
            case IElement element when SkippedTags.Contains(element.LocalName):
                break;
            case IElement element when element.LocalName == "br":
                builder.LineBreak();
                break;
            case IElement element:
                var isBlock = BlockTags.Contains(element.LocalName);
                if (isBlock)
                {
                    builder.EndParagraph();
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child, builder);
                }

                if (isBlock)
                {
                    builder.EndParagraph();
                }

                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    private sealed class ParagraphBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _paragraph = new();
        private bool _pendingSpace;

        public void AppendInline(string data)
        {
            foreach (var c in data)
            {
                // U+00A0 is kept: a non-breaking space is content ("10 000"), not layout (ARCHITECTURE.md).
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pendingSpace = _paragraph.Length > 0;
                    continue;
                }

                if (_pendingSpace)
                {
                    _paragraph.Append(' ');
                    _pendingSpace = false;
                }

                _paragraph.Append(c);
            }
        }

        public void LineBreak()
        {
            if (_paragraph.Length > 0)
            {
                _paragraph.Append('\n');
                _pendingSpace = false;
            }
        }

        public void EndParagraph()
        {
            var paragraph = _paragraph.ToString().Trim();
            _paragraph.Clear();
            _pendingSpace = false;
            if (paragraph.Length == 0)
            {
                return;
            }

            if (_text.Length > 0)
            {
                _text.Append("\n\n");
            }

            _text.Append(paragraph);
        }

        public override string ToString()
        {
            EndParagraph();
            return _text.ToString();
        }
    }
}