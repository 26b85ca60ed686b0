using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Ingest;

/// <summary>
/// An RSS 2.0, RSS 1.0 (RDF) or Atom (RFC 4287) feed, read with System.Xml.Linq. Elements are matched by local name,
/// so the many namespace spellings found in the wild (content:encoded, dc:date, atom: prefixes) all work.
/// </summary>
internal sealed record FeedDocument(string? Title, string? Language, IReadOnlyList<FeedItem> Items)
{
    /// <summary>Parses <paramref name="xml"/>; returns null and a reason when it is not a feed.</summary>
    public static FeedDocument? Parse(string xml, out string? failure)
    {
        XDocument document;
        try
        {
            document = Load(xml);
        }
        catch (XmlException ex)
        {
            failure = $"not well-formed XML ({ex.Message})";
            return null;
        }

        var root = document.Root!;
        var channel = root.Name.LocalName switch
        {
            "rss" => Child(root, "channel"),
            "feed" => root,
            "RDF" => Child(root, "channel") ?? root,
            _ => null,
        };
        if (channel is null)
        {
            failure = $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)";
            return null;
        }

        var itemName = root.Name.LocalName == "feed" ? "entry" : "item";
        var itemParent = root.Name.LocalName == "RDF" ? root : channel;
        var items = itemParent.Elements().Where(e => e.Name.LocalName == itemName).Select(ReadItem).ToList();
        failure = null;
        return new FeedDocument(Value(Child(channel, "title")), Value(Child(channel, "language")), items);
    }

    /// <summary>Loads XML safely: no DTD processing, no external resources (no XXE, no entity expansion bombs).</summary>
    public static XDocument Load(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader);
    }

    private static FeedItem ReadItem(XElement item)
    {
        // Full text lives in content:encoded (RSS) or <content> (Atom); description/summary are often teasers.
        var html = Value(Child(item, "encoded")) ?? Value(Child(item, "content")) ?? Value(Child(item, "description")) ?? Value(Child(item, "summary"));
        var text = html is null ? string.Empty : HtmlText.FromFragment(html);
        var published = PublishedDate.Parse(Value(Child(item, "pubDate")))
            ?? PublishedDate.Parse(Value(Child(item, "published")))
            ?? PublishedDate.Parse(Value(Child(item, "date")))
            ?? PublishedDate.Parse(Value(Child(item, "updated")));
        var title = Value(Child(item, "title"));
        return new FeedItem(title is null ? null : HtmlText.FromFragment(title), Link(item), Value(Child(item, "guid")) ?? Value(Child(item, "id")), published, text);
    }

    // RSS: <link>url</link>. Atom: <link rel="alternate" href="url"/> (rel defaults to alternate, RFC 4287 §4.2.7.2).
    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var href = (string?)link.Attribute("href");
            var rel = (string?)link.Attribute("rel") ?? "alternate";
            if (href is not null && rel == "alternate")
            {
                return href.Trim();
            }

            if (href is null && Value(link) is { } url)
            {
                return url;
            }
        }

        var guid = Child(item, "guid");
        return guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && Value(guid) is { } permalink && permalink.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? permalink
            : null;
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Value(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
}