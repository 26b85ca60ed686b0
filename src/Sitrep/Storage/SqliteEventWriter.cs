using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Clustering;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>The rows one <see cref="EventUpdate"/> writes, inside the caller's transaction.</summary>
internal sealed class SqliteEventWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now)
{
    private readonly string updatedAt = now.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Replaces every mention of <paramref name="articleId"/> with <paramref name="mentions"/>.</summary>
    public async Task ReplaceArticleMentionsAsync(string articleId, IReadOnlyList<MentionRecord> mentions, CancellationToken cancellationToken)
    {
        await ExecuteAsync("DELETE FROM mentions WHERE article_id = $a", cancellationToken, ("$a", articleId));
        await ExecuteAsync("INSERT OR REPLACE INTO analyzed_articles(article_id, analyzed_at) VALUES ($a, $at)", cancellationToken, ("$a", articleId), ("$at", updatedAt));
        await ExecuteAsync("DELETE FROM analysis_claims WHERE article_id = $a", cancellationToken, ("$a", articleId));
        await ExecuteAsync("DELETE FROM quarantined_articles WHERE article_id = $a", cancellationToken, ("$a", articleId));
        foreach (var mention in mentions)
        {
            if (mention.ArticleId != articleId)
            {
                throw new ArgumentException($"Mention {mention.Id} belongs to article {mention.ArticleId}, not {articleId}.", nameof(mentions));
            }

            await ExecuteAsync(
                "INSERT INTO mentions(id, article_id, ordinal, record) VALUES ($id, $a, $o, $r)",
                cancellationToken,
                ("$id", mention.Id), ("$a", articleId), ("$o", mention.Ordinal), ("$r", EventStoreJson.Write(mention)));
        }
    }

    /// <summary>Deletes an event and points its id at its successor.</summary>
    public async Task RemoveEventAsync(RemovedEvent removed, CancellationToken cancellationToken)
    {
        await DeleteEventRowsAsync(removed.EventId, cancellationToken);
        if (removed.SuccessorId is { } successor && successor != removed.EventId)
        {
            // Chains are flattened as they form, so an alias resolves in one hop.
            await ExecuteAsync("UPDATE event_aliases SET event_id = $s WHERE event_id = $e", cancellationToken, ("$s", successor), ("$e", removed.EventId));
            await ExecuteAsync("INSERT OR REPLACE INTO event_aliases(alias, event_id) VALUES ($e, $s)", cancellationToken, ("$e", removed.EventId), ("$s", successor));
        }
    }

    /// <summary>Writes an event, its search row, its block keys, and its mentions' event id.</summary>
    public async Task UpsertEventAsync(ClusteredEvent clustered, CancellationToken cancellationToken)
    {
        var e = clustered.Event;
        await DeleteEventRowsAsync(e.Id, cancellationToken);
        await ExecuteAsync("DELETE FROM event_aliases WHERE alias = $e", cancellationToken, ("$e", e.Id));
        await ExecuteAsync(
            """
            INSERT INTO events(id, kind, type, mode, date_from, date_to, country, admin1, latitude, longitude, fatalities, independent_sources, fused, updated_at)
            VALUES ($id, $kind, $type, $mode, $from, $to, $country, $admin1, $lat, $lon, $dead, $sources, $fused, $at)
            """,
            cancellationToken,
            ("$id", e.Id),
            ("$kind", PloverTypeNames.NameOf(e.Kind)),
            ("$type", PloverTypeNames.NameOf(e.Type.Value)),
            ("$mode", e.Mode.Value),
            ("$from", e.Date.Value?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$to", e.Date.Value?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$country", e.Place.Value?.Country),
            ("$admin1", e.Place.Value?.Admin1),
            ("$lat", e.Place.Value?.Latitude),
            ("$lon", e.Place.Value?.Longitude),
            ("$dead", e.Fatalities.Fused.Value?.Min),
            ("$sources", e.IndependentSources),
            ("$fused", EventStoreJson.Write(e)),
            ("$at", updatedAt));

        foreach (var mentionId in e.MentionIds)
        {
            await ExecuteAsync("UPDATE mentions SET event_id = $e WHERE id = $m", cancellationToken, ("$e", e.Id), ("$m", mentionId));
        }

        var actors = string.Join('\n', e.Actors.Concat(e.Recipients).SelectMany(a => a.Actor.Aliases.Prepend(a.Actor.Name)).Distinct(StringComparer.Ordinal));
        await ExecuteAsync(
            "INSERT INTO events_fts(rowid, actors, evidence) SELECT seq, $actors, $evidence FROM events WHERE id = $id",
            cancellationToken,
            ("$actors", actors), ("$evidence", clustered.SearchEvidence), ("$id", e.Id));
        foreach (var key in clustered.BlockKeys.Distinct(StringComparer.Ordinal))
        {
            await ExecuteAsync("INSERT OR IGNORE INTO event_blocks(key, event_id) VALUES ($k, $e)", cancellationToken, ("$k", key), ("$e", e.Id));
        }
    }

    /// <summary>Stores (or replaces) the decision that placed a mention.</summary>
    public Task WriteDecisionAsync(ClusterDecision decision, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT OR REPLACE INTO cluster_decisions(mention_id, event_id, created, score, candidates, reason) VALUES ($m, $e, $c, $s, $n, $r)",
        cancellationToken,
        ("$m", decision.MentionId), ("$e", decision.EventId), ("$c", decision.Created ? 1 : 0), ("$s", decision.Score), ("$n", decision.Candidates), ("$r", decision.Reason));

    /// <summary>Appends a revision.</summary>
    public Task WriteRevisionAsync(EventRevision revision, CancellationToken cancellationToken) => ExecuteAsync(
        "INSERT INTO event_revisions(event_id, at, article_id, field, old_value, new_value) VALUES ($e, $at, $a, $f, $o, $n)",
        cancellationToken,
        ("$e", revision.EventId), ("$at", revision.At.ToString("O", CultureInfo.InvariantCulture)), ("$a", revision.ArticleId),
        ("$f", revision.Field), ("$o", revision.OldValue), ("$n", revision.NewValue));

    private async Task DeleteEventRowsAsync(string eventId, CancellationToken cancellationToken)
    {
        await ExecuteAsync("DELETE FROM events_fts WHERE rowid IN (SELECT seq FROM events WHERE id = $e)", cancellationToken, ("$e", eventId));
        await ExecuteAsync("DELETE FROM events WHERE id = $e", cancellationToken, ("$e", eventId));
        await ExecuteAsync("DELETE FROM event_blocks WHERE event_id = $e", cancellationToken, ("$e", eventId));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}