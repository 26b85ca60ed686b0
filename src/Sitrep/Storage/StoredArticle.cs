using Sitrep.Ingest;

namespace Sitrep.Storage;

/// <summary>An article as the store holds it, with its syndication link.</summary>
/// <param name="Article">The article.</param>
/// <param name="IngestedAt">When it was stored.</param>
/// <param name="SyndicatedFrom">The earliest near-identical copy's id, when this is a syndicated copy.</param>
/// <param name="Similarity">The estimated Jaccard similarity to <paramref name="SyndicatedFrom"/>.</param>
public sealed record StoredArticle(Article Article, DateTimeOffset IngestedAt, string? SyndicatedFrom = null, double? Similarity = null);