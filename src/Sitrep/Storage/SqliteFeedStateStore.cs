using System.Data.Common;
using System.Globalization;

using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>The watch state (<see cref="IFeedStateStore"/>) in the SQLite store file, tables of migration 7.</summary>
public sealed class SqliteFeedStateStore : IFeedStateStore
{
    // Keys per lookup statement: well under SQLite's 32,766 parameters, and a feed rarely lists more.
    private const int KeysPerQuery = 500;

    // The statements' parameters, in FeedStateRows' column order.
    private static readonly string[] FeedParameters = ["$url", "$etag", "$modified", "$polled", "$next", "$failures", "$error"];
    private static readonly (string Name, SqliteType Type)[] ItemParameters =
        [("$key", SqliteType.Text), ("$feed", SqliteType.Text), ("$article", SqliteType.Text), ("$attempts", SqliteType.Integer), ("$error", SqliteType.Text), ("$seen", SqliteType.Text)];

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
        command.CommandText = $"SELECT {FeedStateRows.FeedColumns} FROM watched_feeds WHERE url = $url";
        command.Parameters.AddWithValue("$url", feedUrl);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? FeedStateRows.ReadFeed(reader, ReadTime) : null;
    }

    /// <inheritdoc />
    public async Task SaveFeedAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT OR REPLACE INTO watched_feeds({FeedStateRows.FeedColumns}) VALUES ({string.Join(", ", FeedParameters)})";
        var values = FeedStateRows.FeedValues(state, Text);
        for (var i = 0; i < FeedParameters.Length; i++)
        {
            command.Parameters.AddWithValue(FeedParameters[i], values[i] ?? DBNull.Value);
        }
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

            command.CommandText = $"SELECT {FeedStateRows.ItemColumns} FROM watched_items WHERE key IN ({string.Join(", ", names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var item = FeedStateRows.ReadItem(reader, ReadTime);
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
        command.CommandText = $"INSERT OR REPLACE INTO watched_items({FeedStateRows.ItemColumns}) VALUES ({string.Join(", ", ItemParameters.Select(p => p.Name))})";
        var parameters = Array.ConvertAll(ItemParameters, p => command.Parameters.Add(p.Name, p.Type));
        foreach (var item in items)
        {
            var values = FeedStateRows.ItemValues(item, Text);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

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

    private static string Text(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}