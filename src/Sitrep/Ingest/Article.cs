namespace Sitrep.Ingest;

/// <summary>
/// One news report as ingested: its metadata, its body text and where it came from.
/// Immutable; <see cref="BodyHash"/> is derived from <see cref="Body"/> by <see cref="BodyText.Hash"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Creates an article, computing the body hash.</summary>
    public Article(string id, string body, ArticleOrigin origin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(origin);
        Id = id;
        Body = body;
        Origin = origin;
        BodyHash = BodyText.Hash(body);
    }

    /// <summary>Stable identifier: the file name without extension for files, the given id for bulk rows.</summary>
    public string Id { get; init; }

    /// <summary>The outlet (site or publisher name) when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The canonical URL when known.</summary>
    public string? Url { get; init; }

    /// <summary>The headline when known.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date; null when the input does not say (relative dates then stay unresolved).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>ISO 639-1 language code ("en", "es").</summary>
    public string Language { get; init; } = "en";

    /// <summary>The body text exactly as read (after the date marker and headline are taken off).</summary>
    public string Body { get; }

    /// <summary>Hex SHA-256 of the normalised body: equal for exact duplicates.</summary>
    public string BodyHash { get; }

    /// <summary>Where the article was read from.</summary>
    public ArticleOrigin Origin { get; init; }
}