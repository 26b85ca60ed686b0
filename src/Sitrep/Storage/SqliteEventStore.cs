using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Clustering;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// The embedded event store, in the same SQLite file as <see cref="SqliteArticleStore"/>: mentions, fused events, the
/// blocking index, aliases, decisions and revisions. Each <see cref="ApplyAsync"/> is one transaction.
/// </summary>
public sealed class SqliteEventStore : IEventStore
{
    private const int MaxAliasHops = 16;

    private readonly string connectionString;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim writeLock = new(1, 1);

    private SqliteEventStore(string path, string connectionString, TimeProvider timeProvider)
    {
        Path = path;
        this.connectionString = connectionString;
        this.timeProvider = timeProvider;
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    /// <summary>Opens (and migrates) the store file at <paramref name="path"/>; see <see cref="SqliteArticleStore.OpenAsync"/>.</summary>
    public static async Task<SqliteEventStore> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var (fullPath, connectionString, _) = await SqliteStoreFile.OpenAsync(path, timeProvider, cancellationToken);
        return new SqliteEventStore(fullPath, connectionString, timeProvider);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> FindCandidatesAsync(IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blockKeys);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        return await FindCandidatesAsync(connection, null, blockKeys, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        return await EventsOfArticleAsync(connection, null, articleId, cancellationToken);
    }

    /// <inheritdoc />
    public Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return InWriteTransactionAsync(async transaction =>
        {
            await transaction.ApplyAsync(update, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<T> InWriteTransactionAsync<T>(Func<IEventWriteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        // The semaphore orders this process's writers; BEGIN IMMEDIATE takes SQLite's write lock before the first
        // read, so another process's writer waits (busy_timeout) instead of reading candidates that are about to change.
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(new SqliteEventTransaction(connection, transaction, timeProvider.GetUtcNow()));
            transaction.Commit();
            return result;
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ClaimForAnalysisAsync(IReadOnlyList<string> articleIds, string owner, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var now = timeProvider.GetUtcNow();
        return await InWriteTransactionAsync(async t =>
        {
            var tx = (SqliteEventTransaction)t;
            var claimed = new List<string>();
            foreach (var id in articleIds)
            {
                var free = await SqliteEventTransaction.ScalarAsync(
                    tx.Connection, tx.Transaction,
                    """
                    SELECT NOT EXISTS (SELECT 1 FROM analyzed_articles WHERE article_id = $a)
                       AND NOT EXISTS (SELECT 1 FROM analysis_claims WHERE article_id = $a AND owner <> $o AND claimed_at > $stale)
                    """,
                    cancellationToken, ("$a", id), ("$o", owner), ("$stale", (now - staleAfter).ToString("O", CultureInfo.InvariantCulture)));
                if (free)
                {
                    await SqliteEventTransaction.ExecuteAsync(
                        tx.Connection, tx.Transaction,
                        "INSERT OR REPLACE INTO analysis_claims(article_id, owner, claimed_at) VALUES ($a, $o, $at)",
                        cancellationToken, ("$a", id), ("$o", owner), ("$at", now.ToString("O", CultureInfo.InvariantCulture)));
                    claimed.Add(id);
                }
            }

            return (IReadOnlyList<string>)claimed;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task QuarantineAsync(string articleId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(reason);
        var at = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        return InWriteTransactionAsync(async t =>
        {
            var tx = (SqliteEventTransaction)t;
            await SqliteEventTransaction.ExecuteAsync(
                tx.Connection, tx.Transaction,
                "INSERT OR REPLACE INTO quarantined_articles(article_id, reason, quarantined_at) VALUES ($a, $r, $at); DELETE FROM analysis_claims WHERE article_id = $a",
                cancellationToken, ("$a", articleId), ("$r", reason), ("$at", at));
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuarantinedArticle>> QuarantinedArticlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, reason, quarantined_at FROM quarantined_articles ORDER BY quarantined_at, article_id";
        var found = new List<QuarantinedArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new QuarantinedArticle(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
        }

        return found;
    }

    /// <inheritdoc/>
    public async Task<QuarantinedArticle?> QuarantineOfAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reason, quarantined_at FROM quarantined_articles WHERE article_id = $a";
        command.Parameters.AddWithValue("$a", articleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new QuarantinedArticle(articleId, reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture))
            : null;
    }

    internal static async Task<IReadOnlyList<StoredEvent>> FindCandidatesAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken)
    {
        if (blockKeys.Count == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = new List<string>(blockKeys.Count);
        var i = 0;
        foreach (var key in blockKeys.Distinct(StringComparer.Ordinal))
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"$k{i++}");
            names.Add(name);
            command.Parameters.AddWithValue(name, key);
        }

        command.CommandText = $"SELECT DISTINCT event_id FROM event_blocks WHERE key IN ({string.Join(", ", names)}) ORDER BY event_id";
        var ids = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return await LoadEventsAsync(connection, transaction, ids, withHistory: false, cancellationToken);
    }

    internal static async Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(SqliteConnection connection, SqliteTransaction? transaction, string articleId, CancellationToken cancellationToken)
    {
        var ids = await ReadStringsAsync(connection, transaction, "SELECT DISTINCT event_id FROM mentions WHERE article_id = $a AND event_id IS NOT NULL ORDER BY event_id", ("$a", articleId), cancellationToken);
        return await LoadEventsAsync(connection, transaction, ids, withHistory: false, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FusedEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        if (!SqliteEventFilter.TryApply(query, command, out var where))
        {
            return [];
        }

        var order = query.Sort switch
        {
            EventSort.DateAscending => "e.date_from IS NULL, e.date_from, e.id",
            EventSort.SourcesDescending => "e.independent_sources DESC, e.date_from IS NULL, e.date_from DESC, e.id",
            EventSort.FatalitiesDescending => "e.fatalities IS NULL, e.fatalities DESC, e.id",
            _ => "e.date_from IS NULL, e.date_from DESC, e.id",
        };
        command.CommandText = $"SELECT e.fused FROM events e WHERE {where} ORDER BY {order} LIMIT $limit OFFSET $offset";
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        var events = new List<FusedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(EventStoreJson.Read<FusedEvent>(reader.GetString(0)));
        }

        return events;
    }

    /// <inheritdoc />
    public async Task<int> CountEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        if (!SqliteEventFilter.TryApply(query, command, out var where))
        {
            return 0;
        }

        command.CommandText = $"SELECT COUNT(*) FROM events e WHERE {where}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<StoredEvent?> GetEventAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        var current = id;
        for (var hop = 0; hop < MaxAliasHops; hop++)
        {
            var found = await LoadEventsAsync(connection, null, [current], withHistory: true, cancellationToken);
            if (found.Count == 1)
            {
                return current == id ? found[0] : found[0] with { RequestedId = id };
            }

            var next = await ReadStringsAsync(connection, null, "SELECT event_id FROM event_aliases WHERE alias = $a", ("$a", current), cancellationToken);
            if (next.Count == 0)
            {
                return null;
            }

            current = next[0];
        }

        return null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MentionRecord>> MentionsOfArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        var rows = await ReadStringsAsync(connection, null, "SELECT record FROM mentions WHERE article_id = $a ORDER BY ordinal", ("$a", articleId), cancellationToken);
        return [.. rows.Select(EventStoreJson.Read<MentionRecord>)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActorSummary>> ListActorsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        var counts = new Dictionary<string, (ActorRef Actor, int Events)>(StringComparer.Ordinal);
        foreach (var json in await ReadStringsAsync(connection, null, "SELECT fused FROM events", null, cancellationToken))
        {
            var fused = EventStoreJson.Read<FusedEvent>(json);
            foreach (var actor in fused.Actors.Concat(fused.Recipients).Select(a => a.Actor).DistinctBy(a => a.Key))
            {
                counts[actor.Key] = counts.TryGetValue(actor.Key, out var seen) ? (seen.Actor, seen.Events + 1) : (actor, 1);
            }
        }

        return [.. counts.Values
            .OrderByDescending(c => c.Events).ThenBy(c => c.Actor.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => new ActorSummary(c.Actor.Name, c.Actor.Country, c.Actor.Sector, c.Events))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> UnanalyzedArticleIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        return await ReadStringsAsync(
            connection,
            null,
            """
            SELECT a.id FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM analyzed_articles x WHERE x.article_id = a.id)
              AND NOT EXISTS (SELECT 1 FROM quarantined_articles q WHERE q.article_id = a.id)
            ORDER BY a.published IS NULL, a.published, a.id
            """,
            null,
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task ClearEventsAsync(CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
            using var transaction = connection.BeginTransaction(deferred: false);
            await SqliteStoreFile.ExecuteAsync(connection, """
                DELETE FROM mentions; DELETE FROM events; DELETE FROM events_fts; DELETE FROM event_blocks;
                DELETE FROM event_aliases; DELETE FROM cluster_decisions; DELETE FROM analyzed_articles; DELETE FROM analysis_claims;
                """, cancellationToken, transaction);
            transaction.Commit();
        }
        finally
        {
            writeLock.Release();
        }
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

    // Two queries for any number of events (not two per event): candidate loading is on every article's path.
    private static async Task<IReadOnlyList<StoredEvent>> LoadEventsAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<string> ids, bool withHistory, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var fused = new Dictionary<string, FusedEvent>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, List<MentionRecord>>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            var names = AddIdParameters(command, ids);
            command.CommandText = $"SELECT id, fused FROM events WHERE id IN ({names})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                fused[reader.GetString(0)] = EventStoreJson.Read<FusedEvent>(reader.GetString(1));
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            var names = AddIdParameters(command, ids);
            command.CommandText = $"SELECT event_id, record FROM mentions WHERE event_id IN ({names})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var eventId = reader.GetString(0);
                if (!mentions.TryGetValue(eventId, out var list))
                {
                    mentions[eventId] = list = [];
                }

                list.Add(EventStoreJson.Read<MentionRecord>(reader.GetString(1)));
            }
        }

        var result = new List<StoredEvent>(fused.Count);
        foreach (var id in ids.Where(fused.ContainsKey))
        {
            var ordered = mentions.TryGetValue(id, out var list) ? list.Order(CanonicalMentionOrder.Instance).ToList() : [];
            var decisions = withHistory ? await SqliteEventRows.ReadDecisionsAsync(connection, id, cancellationToken) : [];
            var revisions = withHistory ? await SqliteEventRows.ReadRevisionsAsync(connection, id, cancellationToken) : [];
            result.Add(new StoredEvent(fused[id], ordered, decisions, revisions));
        }

        return result;
    }

    private static string AddIdParameters(SqliteCommand command, IReadOnlyList<string> ids)
    {
        var names = new string[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            names[i] = string.Create(CultureInfo.InvariantCulture, $"$id{i}");
            command.Parameters.AddWithValue(names[i], ids[i]);
        }

        return string.Join(", ", names);
    }

    private static async Task<List<string>> ReadStringsAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, string Value)? parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (parameter is { } p)
        {
            command.Parameters.AddWithValue(p.Name, p.Value);
        }

        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}