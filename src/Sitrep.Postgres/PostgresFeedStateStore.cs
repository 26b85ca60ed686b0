using System.Data.Common;

using Npgsql;

using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>The watch state (<see cref="IFeedStateStore"/>) in the PostgreSQL store, tables of migration 5.</summary>
public sealed class PostgresFeedStateStore : IFeedStateStore
{
    private readonly PostgresDatabase database;

    private PostgresFeedStateStore(PostgresDatabase database) => this.database = database;

    /// <summary>Connects to <paramref name="location"/> and applies pending migrations.</summary>
    public static async Task<PostgresFeedStateStore> OpenAsync(PostgresLocation location, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        new(await PostgresDatabase.OpenAsync(location, timeProvider, cancellationToken));

    /// <inheritdoc />
    public async Task<FeedState?> GetFeedAsync(string feedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = PostgresSql.Command(
            connection, null, $"SELECT {FeedStateRows.FeedColumns} FROM watched_feeds WHERE url = $1", feedUrl);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? FeedStateRows.ReadFeed(reader, ReadTime) : null;
    }

    /// <inheritdoc />
    public async Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(
            connection,
            null,
            $"""
            INSERT INTO watched_feeds({FeedStateRows.FeedColumns})
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
                last_polled_at = EXCLUDED.last_polled_at, next_poll_at = EXCLUDED.next_poll_at,
                failures = EXCLUDED.failures, last_error = EXCLUDED.last_error
            """,
            cancellationToken,
            FeedStateRows.FeedValues(state, WriteTime));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, FeedItemState>> GetItemsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, FeedItemState>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // One array parameter (not params-expanded: a string[] would otherwise pass as the parameter list itself).
        object?[] parameters = [keys.Distinct(StringComparer.Ordinal).ToArray()];
        await using var command = PostgresSql.Command(
            connection, null, $"SELECT {FeedStateRows.ItemColumns} FROM watched_items WHERE key = ANY($1)", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var item = FeedStateRows.ReadItem(reader, ReadTime);
            found[item.Key] = item;
        }

        return found;
    }

    /// <inheritdoc />
    public async Task SaveItemsAsync(IReadOnlyList<FeedItemState> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var item in items)
        {
            await PostgresSql.ExecuteAsync(
                connection,
                transaction,
                $"""
                INSERT INTO watched_items({FeedStateRows.ItemColumns}) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (key) DO UPDATE SET feed_url = EXCLUDED.feed_url, article_id = EXCLUDED.article_id,
                    attempts = EXCLUDED.attempts, last_error = EXCLUDED.last_error, seen_at = EXCLUDED.seen_at
                """,
                cancellationToken,
                FeedStateRows.ItemValues(item, WriteTime));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => database.DisposeAsync();

    private static object WriteTime(DateTimeOffset time) => time.UtcDateTime;

    private static DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(reader.GetDateTime(ordinal), TimeSpan.Zero);
}