using System.Globalization;
using System.Text;

using Microsoft.Data.Sqlite;

using Sitrep.Ingest;
using Sitrep.Ingest.NearDuplicates;

namespace Sitrep.Storage;

/// <summary>
/// The embedded article store: one SQLite file in WAL mode with numbered migrations, FTS5 over title and body, and
/// MinHash/LSH near-duplicate links. Each <see cref="AddArticlesAsync"/> call is one transaction, so a crash loses at
/// most the batch in flight and never leaves half an article. Thread-safe: reads run in parallel, writes one at a time.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private const string OutletCollation = SqliteStoreFile.OutletCollation;

    private readonly string connectionString;
    private readonly TimeProvider timeProvider;
    private readonly MinHasher hasher = new();
    private readonly LshBanding banding = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);

    private SqliteArticleStore(string path, string connectionString, TimeProvider timeProvider, int schemaVersion)
    {
        Path = path;
        this.connectionString = connectionString;
        this.timeProvider = timeProvider;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the file after migrations (the newest this build knows).</summary>
    public int SchemaVersion { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file (and its folder) if needed and applying pending
    /// migrations. Throws <see cref="StoreVersionException"/> when the file comes from a newer Sitrep.
    /// </summary>
    public static async Task<SqliteArticleStore> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var (fullPath, connectionString, version) = await SqliteStoreFile.OpenAsync(path, timeProvider, cancellationToken);
        return new SqliteArticleStore(fullPath, connectionString, timeProvider, version);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoreOutcome>> AddArticlesAsync(IReadOnlyList<Article> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return [];
        }

        // Signatures are CPU work: computed before the write lock is taken so that the lock covers only I/O.
        var signatures = new MinHashSignature[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(batch[i], nameof(batch));
            signatures[i] = hasher.Compute(BodyText.Normalize(batch[i].Body));
        }

        var outcomes = new StoreOutcome[batch.Count];
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenConnectionAsync(connectionString, cancellationToken);
            using var transaction = connection.BeginTransaction(deferred: false);
            var ingestedAt = timeProvider.GetUtcNow();
            await using (var writer = new SqliteBatchWriter(connection, transaction, banding))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    outcomes[i] = await writer.AddAsync(batch[i], signatures[i], ingestedAt, cancellationToken);
                }
            }

            transaction.Commit();
        }
        finally
        {
            writeLock.Release();
        }

        return outcomes;
    }

    /// <inheritdoc />
    public async Task<StoredArticle?> GetArticleAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteArticleRows.SelectColumns} FROM articles a WHERE a.id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteArticleRows.Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> QueryArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 0, nameof(query));
        var match = FtsQuery.FromUserText(query.Search);
        if (query.Limit == 0 || (query.Search is not null && match is null && !string.IsNullOrWhiteSpace(query.Search)))
        {
            // Nothing requested, or a search of punctuation only: nothing can match.
            return [];
        }

        await using var connection = await OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {SqliteArticleRows.SelectColumns} FROM articles a WHERE 1 = 1");
        if (match is not null)
        {
            sql.Append(" AND a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $match)");
            command.Parameters.AddWithValue("$match", match);
        }

        if (query.Since is { } since)
        {
            sql.Append(" AND a.published >= $since");
            command.Parameters.AddWithValue("$since", since.ToString(SqliteArticleRows.DateFormat, CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            sql.Append($" AND a.outlet = $outlet COLLATE {OutletCollation}");
            command.Parameters.AddWithValue("$outlet", query.Outlet.Trim());
        }

        sql.Append(" ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.CommandText = sql.ToString();

        var articles = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(SqliteArticleRows.Read(reader));
        }

        return articles;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListArticleIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles ORDER BY published IS NULL, published, id";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <inheritdoc />
    public async Task<int> CountArticlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Releases the pooled connections so that the file can be moved or deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        await writeLock.WaitAsync();
        try
        {
            SqliteStoreFile.ClearPool(connectionString);
        }
        finally
        {
            writeLock.Release();
        }

        writeLock.Dispose();
    }

    private static Task<SqliteConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken) =>
        SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
}