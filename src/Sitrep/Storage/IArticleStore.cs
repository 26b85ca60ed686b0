using Sitrep.Ingest;

namespace Sitrep.Storage;

/// <summary>
/// Where articles live. Implementations (SQLite now, PostgreSQL later) pass the same contract tests.
/// Writes are batched: one call is one transaction, so a crash loses at most the batch in flight.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>
    /// Stores a batch in one transaction. An exact duplicate (same <see cref="Article.BodyHash"/>) is not stored again;
    /// a near-duplicate is stored and linked to the earliest copy. Returns one outcome per input article, in order.
    /// </summary>
    Task<IReadOnlyList<StoreOutcome>> AddArticlesAsync(IReadOnlyList<Article> batch, CancellationToken cancellationToken);

    /// <summary>The article with <paramref name="id"/>, or null.</summary>
    Task<StoredArticle?> GetArticleAsync(string id, CancellationToken cancellationToken);

    /// <summary>Articles matching <paramref name="query"/>, newest publication first.</summary>
    Task<IReadOnlyList<StoredArticle>> QueryArticlesAsync(ArticleQuery query, CancellationToken cancellationToken);

    /// <summary>Every stored article's id in canonical order: publication date (unknown last), then id.</summary>
    Task<IReadOnlyList<string>> ListArticleIdsAsync(CancellationToken cancellationToken);

    /// <summary>How many articles are stored.</summary>
    Task<int> CountArticlesAsync(CancellationToken cancellationToken);
}