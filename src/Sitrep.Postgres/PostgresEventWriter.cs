using Npgsql;

using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>The rows one <see cref="EventUpdate"/> writes, inside the caller's transaction (the SQLite writer's rules).</summary>
internal sealed class PostgresEventWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now)
{
    /// <summary>Writes every part of <paramref name="update"/>.</summary>
    public async Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken)
    {
        await ReplaceArticleMentionsAsync(update.ArticleId, update.Mentions, cancellationToken);
        foreach (var removed in update.Removed)
        {
            await RemoveEventAsync(removed, cancellationToken);
        }

        foreach (var clustered in update.Upserted)
        {
            await UpsertEventAsync(clustered, cancellationToken);
        }

        foreach (var d in update.Decisions)
        {
            await ExecuteAsync(
                """
                INSERT INTO cluster_decisions(mention_id, event_id, created, score, candidates, reason) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (mention_id) DO UPDATE SET event_id = excluded.event_id, created = excluded.created, score = excluded.score,
                    candidates = excluded.candidates, reason = excluded.reason
                """,
                cancellationToken, d.MentionId, d.EventId, d.Created, d.Score, d.Candidates, d.Reason);
        }

        foreach (var r in update.Revisions)
        {
            await ExecuteAsync(
                "INSERT INTO event_revisions(event_id, at, article_id, field, old_value, new_value) VALUES ($1, $2, $3, $4, $5, $6)",
                cancellationToken, r.EventId, r.At.UtcDateTime, r.ArticleId, r.Field, r.OldValue, r.NewValue);
        }
    }

    private async Task ReplaceArticleMentionsAsync(string articleId, IReadOnlyList<MentionRecord> mentions, CancellationToken cancellationToken)
    {
        await ExecuteAsync("DELETE FROM mentions WHERE article_id = $1", cancellationToken, articleId);
        // Analysed: off the workers' queue, in the same transaction that stores the analysis.
        await ExecuteAsync("DELETE FROM work_queue WHERE article_id = $1", cancellationToken, articleId);
        await ExecuteAsync(
            "INSERT INTO analyzed_articles(article_id, analyzed_at) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET analyzed_at = excluded.analyzed_at",
            cancellationToken, articleId, now.UtcDateTime);
        foreach (var mention in mentions)
        {
            if (mention.ArticleId != articleId)
            {
                throw new ArgumentException($"Mention {mention.Id} belongs to article {mention.ArticleId}, not {articleId}.", nameof(mentions));
            }

            await ExecuteAsync(
                "INSERT INTO mentions(id, article_id, ordinal, record) VALUES ($1, $2, $3, $4)",
                cancellationToken, mention.Id, articleId, mention.Ordinal, EventStoreJson.Write(mention));
        }
    }

    private async Task RemoveEventAsync(RemovedEvent removed, CancellationToken cancellationToken)
    {
        await DeleteEventRowsAsync(removed.EventId, cancellationToken);
        if (removed.SuccessorId is { } successor && successor != removed.EventId)
        {
            // Chains are flattened as they form, so an alias resolves in one hop.
            await ExecuteAsync("UPDATE event_aliases SET event_id = $1 WHERE event_id = $2", cancellationToken, successor, removed.EventId);
            await ExecuteAsync(
                "INSERT INTO event_aliases(alias, event_id) VALUES ($1, $2) ON CONFLICT (alias) DO UPDATE SET event_id = excluded.event_id",
                cancellationToken, removed.EventId, successor);
        }
    }

    private async Task UpsertEventAsync(ClusteredEvent clustered, CancellationToken cancellationToken)
    {
        var e = clustered.Event;
        await DeleteEventRowsAsync(e.Id, cancellationToken);
        await ExecuteAsync("DELETE FROM event_aliases WHERE alias = $1", cancellationToken, e.Id);
        var actors = string.Join('\n', e.Actors.Concat(e.Recipients).SelectMany(a => a.Actor.Aliases.Prepend(a.Actor.Name)).Distinct(StringComparer.Ordinal));
        await ExecuteAsync(
            $"""
            INSERT INTO events(id, kind, type, mode, date_from, date_to, country, admin1, latitude, longitude, fatalities,
                               independent_sources, fused, updated_at, actors_search, evidence_search)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, {SearchText.VectorSql("$15")}, {SearchText.VectorSql("$16")})
            """,
            cancellationToken,
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
        await ExecuteAsync("UPDATE mentions SET event_id = $1 WHERE id = ANY($2)", cancellationToken, e.Id, e.MentionIds.ToArray());
        await ExecuteAsync(
            "INSERT INTO event_blocks(key, event_id) SELECT DISTINCT k, $2 FROM unnest($1::text[]) k ON CONFLICT DO NOTHING",
            cancellationToken, clustered.BlockKeys.ToArray(), e.Id);
    }

    private async Task DeleteEventRowsAsync(string eventId, CancellationToken cancellationToken)
    {
        await ExecuteAsync("DELETE FROM events WHERE id = $1", cancellationToken, eventId);
        await ExecuteAsync("DELETE FROM event_blocks WHERE event_id = $1", cancellationToken, eventId);
    }

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values) =>
        PostgresSql.ExecuteAsync(connection, transaction, sql, cancellationToken, values);
}
