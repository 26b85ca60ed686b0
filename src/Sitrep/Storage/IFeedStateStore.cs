namespace Sitrep.Storage;

/// <summary>
/// What <c>sitrep watch</c> remembers between polls and restarts, in the store beside the articles: each feed's cache
/// validators and schedule, and each feed item it has taken (or given up on), so a restart never fetches an item again.
/// Implementations (SQLite, PostgreSQL) pass the same contract tests.
/// </summary>
public interface IFeedStateStore : IAsyncDisposable
{
    /// <summary>The state of <paramref name="feedUrl"/>, or null when it was never polled.</summary>
    Task<FeedState?> GetFeedAsync(string feedUrl, CancellationToken cancellationToken);

    /// <summary>Replaces the state of <paramref name="state"/>'s feed.</summary>
    Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken);

    /// <summary>The items among <paramref name="keys"/> that were seen before, by key.</summary>
    Task<IReadOnlyDictionary<string, FeedItemState>> GetItemsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Records <paramref name="items"/> (replacing earlier records of the same keys) in one transaction.</summary>
    Task SaveItemsAsync(IReadOnlyList<FeedItemState> items, CancellationToken cancellationToken);
}