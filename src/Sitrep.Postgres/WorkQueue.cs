using System.Globalization;

using Npgsql;

namespace Sitrep.Postgres;

/// <summary>
/// The queue of stored articles awaiting analysis (table <c>work_queue</c>), shared by every worker. Claims are taken
/// with <c>SELECT … FOR UPDATE SKIP LOCKED</c>, so concurrent workers never wait on each other's rows and never take the
/// same row while its lease runs; a lease that passes (its worker crashed or hung) makes the article claimable again.
/// </summary>
internal sealed class WorkQueue(PostgresDatabase database)
{
    /// <summary>
    /// Claims up to <paramref name="count"/> articles whose lease has passed (or that were never claimed) for
    /// <paramref name="lease"/>, in canonical order; returns their ids.
    /// </summary>
    public async Task<IReadOnlyList<string>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // The inner SELECT locks the rows it picks and skips rows another claim holds; under READ COMMITTED a row whose
        // claim committed meanwhile is re-checked against "claimed_until < now()" and dropped, so no article is taken twice.
        var ids = await PostgresSql.ReadStringsAsync(
            connection,
            null,
            """
            UPDATE work_queue q
            SET claimed_by = $2, claimed_until = now() + make_interval(secs => $3), attempts = q.attempts + 1
            FROM (
                SELECT article_id FROM work_queue
                WHERE claimed_until < now()
                ORDER BY published NULLS LAST, article_id
                LIMIT $1
                FOR UPDATE SKIP LOCKED) next
            WHERE q.article_id = next.article_id
            RETURNING q.article_id
            """,
            cancellationToken,
            count,
            worker,
            lease.TotalSeconds);
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>
    /// Moves to quarantine every article whose lease has passed <paramref name="maxAttempts"/> times without its
    /// analysis committing, and returns their ids: a poison article that crashes each worker taking it would otherwise
    /// crash them all, forever. <c>sitrep articles --quarantined</c> lists them; <c>reprocess --quarantined</c> retries them.
    /// </summary>
    public async Task<IReadOnlyList<string>> QuarantinePoisonedAsync(int maxAttempts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await PostgresSql.ReadStringsAsync(
            connection,
            null,
            """
            WITH poisoned AS (
                DELETE FROM work_queue q
                USING (SELECT article_id FROM work_queue WHERE claimed_until < now() AND attempts >= $1 FOR UPDATE SKIP LOCKED) p
                WHERE q.article_id = p.article_id
                RETURNING q.article_id, q.attempts)
            INSERT INTO quarantined_articles(article_id, reason, quarantined_at)
            SELECT article_id, 'claimed ' || attempts || ' times by workers that never finished it (crashed or hung); not claimed again', now() FROM poisoned
            ON CONFLICT (article_id) DO UPDATE SET reason = EXCLUDED.reason, quarantined_at = EXCLUDED.quarantined_at
            RETURNING article_id
            """,
            cancellationToken,
            maxAttempts);
    }

    /// <summary>How many articles still await analysis, claimed or not.</summary>
    public async Task<int> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM work_queue", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}