using Npgsql;

using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// The rows one <see cref="EventUpdate"/> writes, inside the caller's transaction (the SQLite writer's rules). The
/// statements go to the server as one batch, in order: one round trip per update instead of one per row, which is
/// what a busy machine makes expensive (each round trip waits for the server process to be scheduled).
/// </summary>
internal sealed class PostgresEventWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now)
{
    private readonly List<(string Sql, object?[] Values)> statements = [];

    /// <summary>Writes every part of <paramref name="update"/>.</summary>
    public async Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken)
    {
        Collect(update);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (sql, values) in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var value in values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        statements.Clear();
    }

    private void Collect(EventUpdate update)
    {
        ReplaceArticleMentions(update.ArticleId, update.Mentions);
        foreach (var removed in update.Removed)
        {
            RemoveEvent(removed);
        }

        foreach (var clustered in update.Upserted)
        {
            UpsertEvent(clustered);
        }

        foreach (var d in update.Decisions)
        {
            Add(
                """
                INSERT INTO cluster_decisions(mention_id, event_id, created, score, candidates, reason) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (mention_id) DO UPDATE SET event_id = excluded.event_id, created = excluded.created, score = excluded.score,
                    candidates = excluded.candidates, reason = excluded.reason
                """,
                d.MentionId, d.EventId, d.Created, d.Score, d.Candidates, d.Reason);
        }

        foreach (var r in update.Revisions)
        {
            Add(
                "INSERT INTO event_revisions(event_id, at, article_id, field, old_value, new_value) VALUES ($1, $2, $3, $4, $5, $6)",
                r.EventId, r.At.UtcDateTime, r.ArticleId, r.Field, r.OldValue, r.NewValue);
        }
    }

    private void ReplaceArticleMentions(string articleId, IReadOnlyList<MentionRecord> mentions)
    {
        Add("DELETE FROM mentions WHERE article_id = $1", articleId);
        // Analysed: off the workers' queue, in the same transaction that stores the analysis.
        Add("DELETE FROM work_queue WHERE article_id = $1", articleId);
        // Stored mentions end a catch-up claim and a quarantine (issue 23).
        Add("DELETE FROM analysis_claims WHERE article_id = $1", articleId);
        Add("DELETE FROM quarantined_articles WHERE article_id = $1", articleId);
        Add(
            "INSERT INTO analyzed_articles(article_id, analyzed_at) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET analyzed_at = excluded.analyzed_at",
            articleId, now.UtcDateTime);
        foreach (var mention in mentions)
        {
            if (mention.ArticleId != articleId)
            {
                throw new ArgumentException($"Mention {mention.Id} belongs to article {mention.ArticleId}, not {articleId}.", nameof(mentions));
            }

            Add(
                "INSERT INTO mentions(id, article_id, ordinal, record) VALUES ($1, $2, $3, $4)",
                mention.Id, articleId, mention.Ordinal, EventStoreJson.Write(mention));
        }
    }

    private void RemoveEvent(RemovedEvent removed)
    {
        DeleteEventRows(removed.EventId);
        if (removed.SuccessorId is { } successor && successor != removed.EventId)
        {
            // Chains are flattened as they form, so an alias resolves in one hop.
            Add("UPDATE event_aliases SET event_id = $1 WHERE event_id = $2", successor, removed.EventId);
            Add(
                "INSERT INTO event_aliases(alias, event_id) VALUES ($1, $2) ON CONFLICT (alias) DO UPDATE SET event_id = excluded.event_id",
                removed.EventId, successor);
        }
    }

    private void UpsertEvent(ClusteredEvent clustered)
    {
        var e = clustered.Event;
        DeleteEventRows(e.Id);
        Add("DELETE FROM event_aliases WHERE alias = $1", e.Id);
        var actors = string.Join('\n', e.Actors.Concat(e.Recipients).SelectMany(a => a.Actor.Aliases.Prepend(a.Actor.Name)).Distinct(StringComparer.Ordinal));
        Add(
            $"""
            INSERT INTO events(id, kind, type, mode, date_from, date_to, country, admin1, latitude, longitude, fatalities,
                               independent_sources, fused, updated_at, actors_search, evidence_search)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, {SearchText.VectorSql("$15")}, {SearchText.VectorSql("$16")})
            """,
            e.Id,
            PloverTypeNames.NameOf(e.Kind),
            PloverTypeNames.NameOf(e.Type.Value),
            e.Mode.Value,
            e.Date.Value?.From,
            e.Date.Value?.To,
            e.Place.Value?.Country,
            e.Place.Value?.Admin1,
            e.Place.Value?.Latitude,
            e.Place.Value?.Longitude,
            e.Fatalities.Fused.Value?.Min,
            e.IndependentSources,
            EventStoreJson.Write(e),
            now.UtcDateTime,
            SearchText.Fold(actors),
            SearchText.Fold(clustered.SearchEvidence));
        Add("UPDATE mentions SET event_id = $1 WHERE id = ANY($2)", e.Id, e.MentionIds.ToArray());
        Add(
            "INSERT INTO event_blocks(key, event_id) SELECT DISTINCT k, $2 FROM unnest($1::text[]) k ON CONFLICT DO NOTHING",
            clustered.BlockKeys.ToArray(), e.Id);
    }

    private void DeleteEventRows(string eventId)
    {
        Add("DELETE FROM events WHERE id = $1", eventId);
        Add("DELETE FROM event_blocks WHERE event_id = $1", eventId);
    }

    private void Add(string sql, params object?[] values) => statements.Add((sql, values));
}