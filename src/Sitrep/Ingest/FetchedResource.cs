namespace Sitrep.Ingest;

/// <summary>The body of an HTTP response that passed the checks, or the reason it did not.</summary>
/// <param name="Bytes">The body, at most <see cref="InputReaderOptions.MaxDownloadBytes"/> long.</param>
/// <param name="MediaType">The Content-Type media type ("text/html"), lower case, if sent.</param>
/// <param name="Charset">The Content-Type charset, if sent.</param>
/// <param name="FinalUrl">The URL after redirects.</param>
/// <param name="Failure">Why nothing usable was fetched, or null.</param>
internal sealed record FetchedResource(byte[] Bytes, string? MediaType, string? Charset, string FinalUrl, string? Failure)
{
    /// <summary>The failure may pass if the request is sent again (a 5xx, 408 or 429, a timeout, a dropped connection).</summary>
    public bool Transient { get; init; }

    /// <summary>The server answered 304 to a conditional request: what the caller holds is current, and there is no body.</summary>
    public bool NotModified { get; init; }

    /// <summary>The response's ETag and Last-Modified, for the next conditional request.</summary>
    public CacheValidators Validators { get; init; } = CacheValidators.None;

    public static FetchedResource Failed(string url, string reason, bool transient = false) => new([], null, null, url, reason) { Transient = transient };
}