using System.Globalization;
using System.Text;

using Npgsql;

using Sitrep.Ingest;
using Sitrep.Ingest.NearDuplicates;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// The shared article store: PostgreSQL tables with numbered migrations, <c>tsvector</c> search over title and body,
/// and MinHash/LSH near-duplicate links, behind the same contract as the SQLite store. Each
/// <see cref="AddArticlesAsync"/> call is one transaction; batches from several processes are written one at a time
/// (an advisory lock), because duplicate detection reads before it inserts.
/// </summary>
public sealed class PostgresArticleStore : IArticleStore
{
    private readonly PostgresDatabase database;
    private readonly TimeProvider timeProvider;
    private readonly MinHasher hasher = new();
    private readonly LshBanding banding = new();

    private PostgresArticleStore(PostgresDatabase database, TimeProvider timeProvider)
    {
        this.database = database;
        this.timeProvider = timeProvider;
    }

    /// <summary>Where the database is (no password).</summary>
    public PostgresLocation Location => database.Location;

    /// <summary>Connects to <paramref name="location"/> and applies pending migrations.</summary>
    public static async Task<PostgresArticleStore> OpenAsync(PostgresLocation location, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        new(await PostgresDatabase.OpenAsync(location, timeProvider, cancellationToken), timeProvider);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoreOutcome>> AddArticlesAsync(IReadOnlyList<Article> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return [];
        }

        // Signatures are CPU work: computed before the lock is taken so that it covers only I/O.
        var signatures = new MinHashSignature[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(batch[i], nameof(batch));
            signatures[i] = hasher.Compute(BodyText.Normalize(batch[i].Body));
        }

        var outcomes = new StoreOutcome[batch.Count];
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.ArticleWrites})", cancellationToken);
        var writer = new PostgresArticleWriter(connection, transaction, banding);
        // timestamptz keeps microseconds: the time is cut to them here, so the answer equals what reads back.
        var now = timeProvider.GetUtcNow();
        var ingestedAt = now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
        for (var i = 0; i < batch.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes[i] = await writer.AddAsync(batch[i], signatures[i], ingestedAt, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    /// <inheritdoc />
    public async Task<StoredArticle?> GetArticleAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await ReadArticlesAsync($"SELECT {PostgresArticleRows.SelectColumns} FROM articles a WHERE a.id = $1", [id], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> QueryArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 0, nameof(query));
        var terms = SearchText.Terms(query.Search);
        if (query.Limit == 0 || (terms is null && !string.IsNullOrWhiteSpace(query.Search)))
        {
            // Nothing requested, or a search of punctuation only: nothing can match.
            return [];
        }

        var values = new List<object?>();
        string Next(object? value)
        {
            values.Add(value);
            return "$" + values.Count.ToString(CultureInfo.InvariantCulture);
        }

        var sql = new StringBuilder($"SELECT {PostgresArticleRows.SelectColumns} FROM articles a WHERE TRUE");
        if (terms is not null)
        {
            sql.Append(" AND ").Append(SearchText.MatchSql("a.search", Next(terms.ToArray())));
        }

        if (query.Since is { } since)
        {
            sql.Append(" AND a.published >= ").Append(Next(since));
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            // Folded in .NET on both sides: "ÉL PAÍS" = "él país" whatever the database's locale.
            sql.Append(" AND a.outlet_fold = ").Append(Next(query.Outlet.Trim().ToUpperInvariant()));
        }

        sql.Append(" ORDER BY a.published DESC NULLS LAST, a.id LIMIT ").Append(Next(query.Limit));
        return await ReadArticlesAsync(sql.ToString(), [.. values], cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListArticleIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await PostgresSql.ReadStringsAsync(connection, null, $"SELECT a.id FROM articles a ORDER BY {PostgresArticleRows.CanonicalOrder}", cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> CountArticlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM articles", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Closes the pooled connections.</summary>
    public ValueTask DisposeAsync() => database.DisposeAsync();

    private async Task<List<StoredArticle>> ReadArticlesAsync(string sql, object?[] values, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, null, sql, values);
        var articles = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(PostgresArticleRows.Read(reader));
        }

        return articles;
    }
}