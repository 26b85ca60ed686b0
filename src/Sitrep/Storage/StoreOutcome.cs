namespace Sitrep.Storage;

/// <summary>What the store did with one article of a batch.</summary>
/// <param name="ArticleId">The id the article is stored under (or the id of the copy it duplicates).</param>
/// <param name="Kind">New, exact duplicate or syndicated copy.</param>
/// <param name="DuplicateOf">For duplicates and syndicated copies: the earliest stored copy's id.</param>
/// <param name="Similarity">For syndicated copies: the estimated Jaccard similarity of word shingles.</param>
/// <param name="Stored">
/// For new articles and syndicated copies: the article as stored (its stored id, ingest time and syndication link), so
/// that what ingest analyses next need not be read back; null for exact duplicates, which were not stored.
/// </param>
public sealed record StoreOutcome(string ArticleId, StoreOutcomeKind Kind, string? DuplicateOf = null, double? Similarity = null, StoredArticle? Stored = null);

/// <summary>The kinds of <see cref="StoreOutcome"/>.</summary>
public enum StoreOutcomeKind
{
    /// <summary>Stored as a new, independent article.</summary>
    New,

    /// <summary>Same normalised body as a stored article: not stored again.</summary>
    Duplicate,

    /// <summary>Stored, and linked to an earlier near-identical copy (a syndicated wire story).</summary>
    Syndicated,
}