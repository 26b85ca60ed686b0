namespace Sitrep.Ingest;

/// <summary>
/// What a conditional GET sends back (RFC 9110 §13.1): the ETag as <c>If-None-Match</c>, the Last-Modified date as
/// <c>If-Modified-Since</c>, both exactly as the server sent them.
/// </summary>
/// <param name="ETag">The entity tag, quotes and W/ prefix included, or null.</param>
/// <param name="LastModified">The HTTP date, or null.</param>
public sealed record CacheValidators(string? ETag, string? LastModified)
{
    /// <summary>No validators: the request is unconditional.</summary>
    public static CacheValidators None { get; } = new(null, null);

    /// <summary>True when there is something to send.</summary>
    public bool Any => ETag is not null || LastModified is not null;
}