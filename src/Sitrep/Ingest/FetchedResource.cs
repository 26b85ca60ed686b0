namespace Sitrep.Ingest;

/// <summary>The body of an HTTP response that passed the checks, or the reason it did not.</summary>
/// <param name="Bytes">The body, at most <see cref="InputReaderOptions.MaxDownloadBytes"/> long.</param>
/// <param name="MediaType">The Content-Type media type ("text/html"), lower case, if sent.</param>
/// <param name="Charset">The Content-Type charset, if sent.</param>
/// <param name="FinalUrl">The URL after redirects.</param>
/// <param name="Failure">Why nothing usable was fetched, or null.</param>
internal sealed record FetchedResource(byte[] Bytes, string? MediaType, string? Charset, string FinalUrl, string? Failure)
{
    public static FetchedResource Failed(string url, string reason) => new([], null, null, url, reason);
}