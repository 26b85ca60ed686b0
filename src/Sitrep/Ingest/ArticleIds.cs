using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>Stable article identifiers for inputs that do not name themselves (URLs, bulk rows without an id).</summary>
internal static class ArticleIds
{
    /// <summary>The host (without "www.") and 16 hex digits of the URL's SHA-256: readable and stable across runs.</summary>
    public static string FromUrl(string url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) ? uri.Host : "url";
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        return host.ToLowerInvariant() + "_" + ShortHash(url.Trim());
    }

    /// <summary>"sha_" and 16 hex digits of the normalised body's hash, so identical bodies get identical ids.</summary>
    public static string FromBody(string body) => "sha_" + BodyText.Hash(body)[..16];

    /// <summary>An id for a bulk row: its own id, else one from its URL, else one from its body.</summary>
    public static string For(string? id, string? url, string body) =>
        !string.IsNullOrWhiteSpace(id) ? id.Trim()
        : !string.IsNullOrWhiteSpace(url) ? FromUrl(url)
        : FromBody(body);

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}