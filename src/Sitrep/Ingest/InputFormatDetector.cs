using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Decides how to read an input: by file extension or HTTP content type first, then by sniffing the first bytes
/// (the way browsers sniff, WHATWG MIME Sniffing) when the name says nothing.
/// </summary>
internal static class InputFormatDetector
{
    private static readonly FrozenDictionary<string, InputFormat> ByExtension = new Dictionary<string, InputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".text"] = InputFormat.Text,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
        [".json"] = InputFormat.Json,
        [".csv"] = InputFormat.Csv,
        [".xml"] = InputFormat.Feed,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".opml"] = InputFormat.Opml,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The format a file's extension names, or null for none or an unknown one.</summary>
    public static InputFormat? FromExtension(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;

    /// <summary>The format an HTTP media type names, or null when it is not one Sitrep reads.</summary>
    public static InputFormat? FromMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => InputFormat.Html,
        "text/plain" => InputFormat.Text,
        "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" or "application/xml" or "text/xml" => InputFormat.Feed,
        "text/x-opml" or "text/x-opml+xml" => InputFormat.Opml,
        "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => InputFormat.JsonLines,
        "application/json" => InputFormat.Json,
        "text/csv" => InputFormat.Csv,
        _ => null,
    };

    /// <summary>
    /// What the first bytes look like: a feed or OPML document (by its root element), an HTML page, else
    /// <paramref name="fallback"/>. An ".xml" file is a feed only when its root says so.
    /// </summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> bytes, InputFormat fallback)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2048)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Feed;
        }

        if (head.StartsWith("<opml", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Opml;
        }

        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var root = RootElementName(head);
            return root switch
            {
                "rss" or "feed" or "rdf:RDF" => InputFormat.Feed,
                "opml" => InputFormat.Opml,
                "html" => InputFormat.Html,
                _ => fallback,
            };
        }

        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : fallback;
    }

    /// <summary>For a response without a Content-Type: HTML when the start of the body has HTML tags, else text.</summary>
    public static InputFormat GuessUnlabelled(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : InputFormat.Text;
    }

    // The first element after the XML declaration, comments, processing instructions and a DOCTYPE.
    private static string? RootElementName(string head)
    {
        var i = 0;
        while ((i = head.IndexOf('<', i)) >= 0 && i + 1 < head.Length)
        {
            var next = head[i + 1];
            if (next is '?' or '!')
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < head.Length && !char.IsWhiteSpace(head[end]) && head[end] is not '>' and not '/')
            {
                end++;
            }

            return head[(i + 1)..end];
        }

        return null;
    }
}