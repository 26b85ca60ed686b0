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
        if (blockKeys.Count == 0)
        {
            return [];
        }

        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
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

        return await LoadEventsAsync(connection, ids, withHistory: false, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        var ids = await ReadStringsAsync(connection, "SELECT DISTINCT event_id FROM mentions WHERE article_id = $a AND event_id IS NOT NULL ORDER BY event_id", ("$a", articleId), cancellationToken);
        return await LoadEventsAsync(connection, ids, withHistory: false, cancellationToken);
    }

    /// <inheritdoc />
    public async Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
            using var transaction = connection.BeginTransaction(deferred: false);
            var writer = new SqliteEventWriter(connection, transaction, timeProvider.GetUtcNow());
            await writer.ReplaceArticleMentionsAsync(update.ArticleId, update.Mentions, cancellationToken);
            foreach (var removed in update.Removed)
            {
                await writer.RemoveEventAsync(removed, cancellationToken);
            }

            foreach (var clustered in update.Upserted)
            {
                await writer.UpsertEventAsync(clustered, cancellationToken);
            }

            foreach (var decision in update.Decisions)
            {
                await writer.WriteDecisionAsync(decision, cancellationToken);
            }

            foreach (var revision in update.Revisions)
            {
                await writer.WriteRevisionAsync(revision, cancellationToken);
            }

            transaction.Commit();
        }
        finally
        {
            writeLock.Release();
        }
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
            var found = await LoadEventsAsync(connection, [current], withHistory: true, cancellationToken);
            if (found.Count == 1)
            {
                return current == id ? found[0] : found[0] with { RequestedId = id };
            }

            var next = await ReadStringsAsync(connection, "SELECT event_id FROM event_aliases WHERE alias = $a", ("$a", current), cancellationToken);
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
        var rows = await ReadStringsAsync(connection, "SELECT record FROM mentions WHERE article_id = $a ORDER BY ordinal", ("$a", articleId), cancellationToken);
        return [.. rows.Select(EventStoreJson.Read<MentionRecord>)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActorSummary>> ListActorsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await SqliteStoreFile.OpenConnectionAsync(connectionString, cancellationToken);
        var counts = new Dictionary<string, (ActorRef Actor, int Events)>(StringComparer.Ordinal);
        foreach (var json in await ReadStringsAsync(connection, "SELECT fused FROM events", null, cancellationToken))
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
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyzed_articles x WHERE x.article_id = a.id) ORDER BY a.published IS NULL, a.published, a.id",
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
                DELETE FROM event_aliases; DELETE FROM cluster_decisions; DELETE FROM analyzed_articles;
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
    private static async Task<IReadOnlyList<StoredEvent>> LoadEventsAsync(SqliteConnection connection, IReadOnlyList<string> ids, bool withHistory, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var fused = new Dictionary<string, FusedEvent>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, List<MentionRecord>>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
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

    private static async Task<List<string>> ReadStringsAsync(SqliteConnection connection, string sql, (string Name, string Value)? parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
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