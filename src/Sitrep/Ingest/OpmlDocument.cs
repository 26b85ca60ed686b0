using System.Xml;

namespace Sitrep.Ingest;

/// <summary>An OPML subscription list (opml.org spec 2.0): the feed URLs in its <c>outline xmlUrl</c> attributes, in order.</summary>
internal static class OpmlDocument
{
    public static IReadOnlyList<string>? FeedUrls(string xml, out string? failure)
    {
        try
        {
            var document = FeedDocument.Load(xml);
            if (document.Root?.Name.LocalName != "opml")
            {
                failure = "not an OPML document";
                return null;
            }

            failure = null;
            return document.Descendants()
                .Where(e => e.Name.LocalName == "outline")
                .Select(e => ((string?)e.Attribute("xmlUrl"))?.Trim())
                .OfType<string>()
                .Where(url => url.Length > 0)
                .ToList();
        }
        catch (XmlException ex)
        {
            failure = $"not well-formed XML ({ex.Message})";
            return null;
        }
    }
}