namespace Sitrep.Storage;

/// <summary>
/// Reads and the write of one clustering step inside one write transaction (<see cref="IEventStore.InWriteTransactionAsync"/>):
/// what is read here is what the write applies to, whatever other processes write to the same store.
/// </summary>
public interface IEventWriteTransaction
{
    /// <summary>The stored events sharing a block key with <paramref name="blockKeys"/>, with all their mentions.</summary>
    Task<IReadOnlyList<StoredEvent>> FindCandidatesAsync(IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken);

    /// <summary>The events holding mentions of <paramref name="articleId"/>.</summary>
    Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="update"/> (committed with the transaction).</summary>
    Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken);
}