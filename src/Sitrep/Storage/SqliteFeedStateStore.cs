using System.Globalization;

using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>The watch state (<see cref="IFeedStateStore"/>) in the SQLite store file, tables of migration 7.</summary>
public sealed class SqliteFeedStateStore : IFeedStateStore
{
    // Keys per lookup statement: well under SQLite's 32,766 parameters, and a feed rarely lists more.
    private const int KeysPerQuery = 500;

    private readonly string connectionString;

    private SqliteFeedStateStore(string connectionString) => this.connectionString = connectionString;

    /// <summary>Opens (creating and migrating if needed) the store at <paramref name="path"/>.</summary>
    public static async Task<SqliteFeedStateStore> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var (_, connectionString, _) = await SqliteStoreFile.OpenAsync(path, timeProvider, cancellationToken);
        return new SqliteFeedStateStore(connectionString);
    }

    /// <inheritdoc />
    public async Task<FeedState?> GetFeedAsync(string feedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT url, etag, last_modified, last_polled_at, next_poll_at, failures, last_error FROM watched_feeds WHERE url = $url";
        command.Parameters.AddWithValue("$url", feedUrl);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new FeedState(reader.GetString(0), Text(reader, 1), Text(reader, 2), Time(reader.GetString(3)), Time(reader.GetString(4)), reader.GetInt32(5), Text(reader, 6))
            : null;
    }

    /// <inheritdoc />
    public async Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO watched_feeds(url, etag, last_modified, last_polled_at, next_poll_at, failures, last_error)
            VALUES ($url, $etag, $modified, $polled, $next, $failures, $error)
            """;
        command.Parameters.AddWithValue("$url", state.Url);
        command.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$modified", (object?)state.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$polled", Text(state.LastPolledAt));
        command.Parameters.AddWithValue("$next", Text(state.NextPollAt));
        command.Parameters.AddWithValue("$failures", state.Failures);
        command.Parameters.AddWithValue("$error", (object?)state.LastError ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
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

        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            await using var command = connection.CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "$k" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            command.CommandText = $"SELECT key, feed_url, article_id, attempts, last_error, seen_at FROM watched_items WHERE key IN ({string.Join(", ", names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var item = new FeedItemState(reader.GetString(0), reader.GetString(1), Text(reader, 2), reader.GetInt32(3), Text(reader, 4), Time(reader.GetString(5)));
                found[item.Key] = item;
            }
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

        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR REPLACE INTO watched_items(key, feed_url, article_id, attempts, last_error, seen_at)
            VALUES ($key, $feed, $article, $attempts, $error, $seen)
            """;
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var feed = command.Parameters.Add("$feed", SqliteType.Text);
        var article = command.Parameters.Add("$article", SqliteType.Text);
        var attempts = command.Parameters.Add("$attempts", SqliteType.Integer);
        var error = command.Parameters.Add("$error", SqliteType.Text);
        var seen = command.Parameters.Add("$seen", SqliteType.Text);
        foreach (var item in items)
        {
            key.Value = item.Key;
            feed.Value = item.FeedUrl;
            article.Value = (object?)item.ArticleId ?? DBNull.Value;
            attempts.Value = item.Attempts;
            error.Value = (object?)item.LastError ?? DBNull.Value;
            seen.Value = Text(item.SeenAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteStoreFile.ClearPool(connectionString);
        return ValueTask.CompletedTask;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string Text(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}