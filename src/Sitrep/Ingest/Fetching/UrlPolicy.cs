using System.Net;

namespace Sitrep.Ingest;

/// <summary>
/// What a URL must be before a fetch (or a redirect hop) is sent: http or https, and a host that is a name or a
/// canonical IP address the <see cref="AddressPolicy"/> allows. Decimal (<c>2130706433</c>), octal (<c>0177.0.0.1</c>),
/// hexadecimal and shortened IPv4 forms are refused outright: no one writes a news site that way, and they exist to
/// slip past checks that compare strings.
/// </summary>
public static class UrlPolicy
{
    /// <summary>Why <paramref name="url"/> may not be fetched, or null when it may.</summary>
    public static string? Refusal(string url, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "not an absolute URL";
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return $"scheme {uri.Scheme}: is not fetched (http or https only)";
        }

        var written = WrittenHost(url);
        if (uri.HostNameType == UriHostNameType.IPv4 && !string.Equals(written, uri.Host, StringComparison.Ordinal))
        {
            return $"host {written} is a non-canonical form of {uri.Host}";
        }

        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
            && AddressPolicy.Refusal(address, allowLoopback) is { } why)
        {
            return $"host {uri.Host} is {why}";
        }

        return null;
    }

    // The host as the URL spells it (Uri normalises "2130706433" to "127.0.0.1", which hides the trick).
    private static string WrittenHost(string url)
    {
        var authority = url.AsSpan(url.IndexOf("://", StringComparison.Ordinal) + 3);
        var end = authority.IndexOfAny("/?#\\");
        if (end >= 0)
        {
            authority = authority[..end];
        }

        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        if (authority.StartsWith("["))
        {
            return authority.ToString();
        }

        var colon = authority.LastIndexOf(':');
        return (colon >= 0 ? authority[..colon] : authority).ToString();
    }
}