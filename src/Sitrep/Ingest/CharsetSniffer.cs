using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest;

/// <summary>
/// Finds the charset an HTML page declares or an XML document declares in its first bytes (<c>&lt;meta charset&gt;</c> or
/// <c>http-equiv="Content-Type"</c>), as the WHATWG "prescan a byte stream" step does, and in an HTTP Content-Type.
/// </summary>
internal static partial class CharsetSniffer
{
    /// <summary>The encoding an XML declaration names (<c>&lt;?xml version="1.0" encoding="ISO-8859-1"?&gt;</c>), or null.</summary>
    public static string? FromXmlDeclaration(ReadOnlySpan<byte> head)
    {
        var match = XmlDeclaration().Match(Encoding.Latin1.GetString(head[..Math.Min(head.Length, 256)]));
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The declared charset label in an HTML page's head, or null.</summary>
    public static string? FromHtmlHead(ReadOnlySpan<byte> head)
    {
        // Labels and markup are ASCII, so Latin-1 maps the bytes one to one without failing.
        var text = Encoding.Latin1.GetString(head);
        foreach (Match meta in MetaTag().Matches(text))
        {
            var charset = CharsetAttribute().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups[1].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\A\s*<\?xml\b[^>]*\bencoding\s*=\s*[""']([A-Za-z0-9_.:\-]+)")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetAttribute();
}