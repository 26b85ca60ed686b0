using System.Globalization;
using System.Text;

using Npgsql;

using Sitrep.Actors;
using Sitrep.Clustering;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// The event store's reads on one connection, inside a transaction or not: the plain store opens a connection per call,
/// a worker reads its candidates inside the transaction that writes its update.
/// </summary>
internal sealed class PostgresEventReader(NpgsqlConnection connection, NpgsqlTransaction? transaction)
{
    private const int MaxAliasHops = 16;

    public async Task<IReadOnlyList<StoredEvent>> FindCandidatesAsync(IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blockKeys);
        if (blockKeys.Count == 0)
        {
            return [];
        }

        var ids = await ReadStringsAsync(
            "SELECT DISTINCT event_id FROM event_blocks WHERE key = ANY($1) ORDER BY event_id", cancellationToken, [blockKeys.Distinct(StringComparer.Ordinal).ToArray()]);
        return await LoadEventsAsync(ids, withHistory: false, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var ids = await ReadStringsAsync(
            "SELECT DISTINCT event_id FROM mentions WHERE article_id = $1 AND event_id IS NOT NULL ORDER BY event_id", cancellationToken, articleId);
        return await LoadEventsAsync(ids, withHistory: false, cancellationToken);
    }

    public async Task<IReadOnlyList<FusedEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        var values = new List<object?>();
        if (PostgresEventFilter.Where(query, values) is not { } where)
        {
            return [];
        }

        var order = query.Sort switch
        {
            EventSort.DateAscending => "e.date_from ASC NULLS LAST, e.id",
            EventSort.SourcesDescending => "e.independent_sources DESC, e.date_from DESC NULLS LAST, e.id",
            EventSort.FatalitiesDescending => "e.fatalities DESC NULLS LAST, e.id",
            _ => "e.date_from DESC NULLS LAST, e.id",
        };
        values.Add(query.Limit);
        values.Add(query.Offset);
        var sql = string.Create(CultureInfo.InvariantCulture, $"SELECT e.fused FROM events e WHERE {where} ORDER BY {order} LIMIT ${values.Count - 1} OFFSET ${values.Count}");
        return [.. (await ReadStringsAsync(sql, cancellationToken, [.. values])).Select(EventStoreJson.Read<FusedEvent>)];
    }

    public async Task<int> CountEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new List<object?>();
        if (PostgresEventFilter.Where(query, values) is not { } where)
        {
            return 0;
        }

        await using var command = PostgresSql.Command(connection, transaction, $"SELECT COUNT(*) FROM events e WHERE {where}", [.. values]);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<StoredEvent?> GetEventAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var current = id;
        for (var hop = 0; hop < MaxAliasHops; hop++)
        {
            var found = await LoadEventsAsync([current], withHistory: true, cancellationToken);
            if (found.Count == 1)
            {
                return current == id ? found[0] : found[0] with { RequestedId = id };
            }

            var next = await ReadStringsAsync("SELECT event_id FROM event_aliases WHERE alias = $1", cancellationToken, current);
            if (next.Count == 0)
            {
                return null;
            }

            current = next[0];
        }

        return null;
    }

    public async Task<IReadOnlyList<MentionRecord>> MentionsOfArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var rows = await ReadStringsAsync("SELECT record FROM mentions WHERE article_id = $1 ORDER BY ordinal", cancellationToken, articleId);
        return [.. rows.Select(EventStoreJson.Read<MentionRecord>)];
    }

    public async Task<IReadOnlyList<ActorSummary>> ListActorsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var counts = new Dictionary<string, (ActorRef Actor, int Events)>(StringComparer.Ordinal);
        await using (var command = PostgresSql.Command(connection, transaction, "SELECT fused FROM events"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var fused = EventStoreJson.Read<FusedEvent>(reader.GetString(0));
                foreach (var actor in fused.Actors.Concat(fused.Recipients).Select(a => a.Actor).DistinctBy(a => a.Key))
                {
                    counts[actor.Key] = counts.TryGetValue(actor.Key, out var seen) ? (seen.Actor, seen.Events + 1) : (actor, 1);
                }
            }
        }

        return [.. counts.Values
            .OrderByDescending(c => c.Events).ThenBy(c => c.Actor.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => new ActorSummary(c.Actor.Name, c.Actor.Country, c.Actor.Sector, c.Events))];
    }

    public Task<List<string>> UnanalyzedArticleIdsAsync(CancellationToken cancellationToken) => ReadStringsAsync(
        $"SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyzed_articles x WHERE x.article_id = a.id) AND NOT EXISTS (SELECT 1 FROM quarantined_articles q WHERE q.article_id = a.id) ORDER BY {PostgresArticleRows.CanonicalOrder}",
        cancellationToken);

    /// <summary>The events with <paramref name="ids"/> and their mentions, in two queries whatever their number.</summary>
    public async Task<IReadOnlyList<StoredEvent>> LoadEventsAsync(IReadOnlyList<string> ids, bool withHistory, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var array = ids.ToArray();
        var fused = new Dictionary<string, FusedEvent>(StringComparer.Ordinal);
        await using (var command = PostgresSql.Command(connection, transaction, "SELECT id, fused FROM events WHERE id = ANY($1)", [array]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                fused[reader.GetString(0)] = EventStoreJson.Read<FusedEvent>(reader.GetString(1));
            }
        }

        var mentions = new Dictionary<string, List<MentionRecord>>(StringComparer.Ordinal);
        await using (var command = PostgresSql.Command(connection, transaction, "SELECT event_id, record FROM mentions WHERE event_id = ANY($1)", [array]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
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
            var decisions = withHistory ? await ReadDecisionsAsync(id, cancellationToken) : [];
            var revisions = withHistory ? await ReadRevisionsAsync(id, cancellationToken) : [];
            result.Add(new StoredEvent(fused[id], ordered, decisions, revisions));
        }

        return result;
    }

    private async Task<IReadOnlyList<ClusterDecision>> ReadDecisionsAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var command = PostgresSql.Command(
            connection, transaction, "SELECT mention_id, event_id, created, score, candidates, reason FROM cluster_decisions WHERE event_id = $1 ORDER BY mention_id", eventId);
        var decisions = new List<ClusterDecision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            decisions.Add(new ClusterDecision(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetDouble(3), reader.GetInt32(4), reader.GetString(5)));
        }

        return decisions;
    }

    private async Task<IReadOnlyList<EventRevision>> ReadRevisionsAsync(string eventId, CancellationToken cancellationToken)
    {
        // An event's history includes the history of the ids that now resolve to it.
        await using var command = PostgresSql.Command(
            connection,
            transaction,
            """
            SELECT event_id, at, article_id, field, old_value, new_value FROM event_revisions
            WHERE event_id = $1 OR event_id IN (SELECT alias FROM event_aliases WHERE event_id = $1)
            ORDER BY seq
            """,
            eventId);
        var revisions = new List<EventRevision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            revisions.Add(new EventRevision(
                reader.GetString(0),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(1), TimeSpan.Zero),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return revisions;
    }

    private Task<List<string>> ReadStringsAsync(string sql, CancellationToken cancellationToken, params object?[] values) =>
        PostgresSql.ReadStringsAsync(connection, transaction, sql, cancellationToken, values);
}