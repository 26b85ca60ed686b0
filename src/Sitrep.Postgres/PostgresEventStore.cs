using Sitrep.Clustering;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// The shared event store, in the same database as <see cref="PostgresArticleStore"/>: mentions, fused events, the
/// blocking index, aliases, decisions and revisions. Each <see cref="ApplyAsync"/> is one transaction. Writes made
/// through this class (ingest with analysis, reprocess) run one at a time across processes; workers cluster through
/// <c>PostgresWorker</c>, which reads and writes a neighbourhood in one transaction under its locks.
/// </summary>
public sealed class PostgresEventStore : IEventStore
{
    private readonly PostgresDatabase database;
    private readonly TimeProvider timeProvider;

    private PostgresEventStore(PostgresDatabase database, TimeProvider timeProvider)
    {
        this.database = database;
        this.timeProvider = timeProvider;
    }

    /// <summary>Where the database is (no password).</summary>
    public PostgresLocation Location => database.Location;

    internal PostgresDatabase Database => database;

    internal TimeProvider TimeProvider => timeProvider;

    /// <summary>Connects to <paramref name="location"/> and applies pending migrations.</summary>
    public static async Task<PostgresEventStore> OpenAsync(PostgresLocation location, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        new(await PostgresDatabase.OpenAsync(location, timeProvider, cancellationToken), timeProvider);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> FindCandidatesAsync(IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken) =>
        ReadAsync(r => r.FindCandidatesAsync(blockKeys, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(string articleId, CancellationToken cancellationToken) =>
        ReadAsync(r => r.EventsOfArticleAsync(articleId, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public async Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.EventWrites})", cancellationToken);
        await new PostgresEventWriter(connection, transaction, timeProvider.GetUtcNow()).ApplyAsync(update, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FusedEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken) =>
        ReadAsync(r => r.QueryEventsAsync(query, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<int> CountEventsAsync(EventQuery query, CancellationToken cancellationToken) =>
        ReadAsync(r => r.CountEventsAsync(query, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<StoredEvent?> GetEventAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync(r => r.GetEventAsync(id, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<MentionRecord>> MentionsOfArticleAsync(string articleId, CancellationToken cancellationToken) =>
        ReadAsync(r => r.MentionsOfArticleAsync(articleId, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ActorSummary>> ListActorsAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync(r => r.ListActorsAsync(limit, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> UnanalyzedArticleIdsAsync(CancellationToken cancellationToken) =>
        await ReadAsync(r => r.UnanalyzedArticleIdsAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public async Task ClearEventsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.EventWrites})", cancellationToken);
        await PostgresSql.ExecuteAsync(connection, transaction, """
            DELETE FROM mentions; DELETE FROM events; DELETE FROM event_blocks; DELETE FROM event_aliases;
            DELETE FROM cluster_decisions; DELETE FROM analyzed_articles;
            INSERT INTO work_queue(article_id, published) SELECT id, published FROM articles ON CONFLICT (article_id) DO NOTHING;
            UPDATE work_queue SET claimed_by = NULL, claimed_until = '-infinity';
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<T> InWriteTransactionAsync<T>(Func<IEventWriteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        // The same lock as ApplyAsync, taken before the first read: another writer's candidates cannot change
        // between this transaction's reads and its write (issue 23; SQLite's BEGIN IMMEDIATE).
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.EventWrites})", cancellationToken);
        var result = await work(new TransactionEventStore(connection, transaction, timeProvider));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ClaimForAnalysisAsync(IReadOnlyList<string> articleIds, string owner, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return InWriteTransactionAsync(t => ((TransactionEventStore)t).ClaimForAnalysisAsync(articleIds, owner, staleAfter, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task QuarantineAsync(string articleId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(reason);
        return InWriteTransactionAsync(async t =>
        {
            await ((TransactionEventStore)t).QuarantineAsync(articleId, reason, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuarantinedArticle>> QuarantinedArticlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await PostgresAnalysisClaims.QuarantinedAsync(connection, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<QuarantinedArticle?> QuarantineOfAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await PostgresAnalysisClaims.QuarantineOfAsync(connection, null, articleId, cancellationToken);
    }

    /// <summary>Closes the pooled connections.</summary>
    public ValueTask DisposeAsync() => database.DisposeAsync();

    private async Task<T> ReadAsync<T>(Func<PostgresEventReader, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await read(new PostgresEventReader(connection, null));
    }
}