using Npgsql;

using Sitrep.Clustering;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// The event store seen from inside one open transaction: a worker hands it to <see cref="EventClusteringService"/>,
/// so the candidates it reads and the update it writes are one atomic step under the worker's neighbourhood locks.
/// The transaction belongs to the caller, who commits it; disposing this view does nothing.
/// </summary>
internal sealed class TransactionEventStore(NpgsqlConnection connection, NpgsqlTransaction transaction, TimeProvider timeProvider) : IEventStore, IEventWriteTransaction
{
    private readonly PostgresEventReader reader = new(connection, transaction);

    public Task<IReadOnlyList<StoredEvent>> FindCandidatesAsync(IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken) =>
        reader.FindCandidatesAsync(blockKeys, cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(string articleId, CancellationToken cancellationToken) =>
        reader.EventsOfArticleAsync(articleId, cancellationToken);

    public Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken) =>
        new PostgresEventWriter(connection, transaction, timeProvider.GetUtcNow()).ApplyAsync(update, cancellationToken);

    public Task<IReadOnlyList<FusedEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken) =>
        reader.QueryEventsAsync(query, cancellationToken);

    public Task<int> CountEventsAsync(EventQuery query, CancellationToken cancellationToken) => reader.CountEventsAsync(query, cancellationToken);

    public Task<StoredEvent?> GetEventAsync(string id, CancellationToken cancellationToken) => reader.GetEventAsync(id, cancellationToken);

    public Task<IReadOnlyList<MentionRecord>> MentionsOfArticleAsync(string articleId, CancellationToken cancellationToken) =>
        reader.MentionsOfArticleAsync(articleId, cancellationToken);

    public Task<IReadOnlyList<ActorSummary>> ListActorsAsync(int limit, CancellationToken cancellationToken) => reader.ListActorsAsync(limit, cancellationToken);

    public async Task<IReadOnlyList<string>> UnanalyzedArticleIdsAsync(CancellationToken cancellationToken) =>
        await reader.UnanalyzedArticleIdsAsync(cancellationToken);

    public Task ClearEventsAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("A worker's transaction clears nothing; use PostgresEventStore.ClearEventsAsync.");

    // Already one transaction: clustering's reads and its write are enclosed in it.
    public Task<T> InWriteTransactionAsync<T>(Func<IEventWriteTransaction, Task<T>> work, CancellationToken cancellationToken) => work(this);

    public Task<IReadOnlyList<string>> ClaimForAnalysisAsync(IReadOnlyList<string> articleIds, string owner, TimeSpan staleAfter, CancellationToken cancellationToken) =>
        PostgresAnalysisClaims.ClaimAsync(connection, transaction, articleIds, owner, timeProvider.GetUtcNow() - staleAfter, timeProvider.GetUtcNow(), cancellationToken);

    public Task QuarantineAsync(string articleId, string reason, CancellationToken cancellationToken) =>
        PostgresAnalysisClaims.QuarantineAsync(connection, transaction, articleId, reason, timeProvider.GetUtcNow(), cancellationToken);

    public Task<IReadOnlyList<QuarantinedArticle>> QuarantinedArticlesAsync(CancellationToken cancellationToken) =>
        PostgresAnalysisClaims.QuarantinedAsync(connection, transaction, cancellationToken);

    public Task<QuarantinedArticle?> QuarantineOfAsync(string articleId, CancellationToken cancellationToken) =>
        PostgresAnalysisClaims.QuarantineOfAsync(connection, transaction, articleId, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}