using Npgsql;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// Catch-up claims and quarantine on PostgreSQL (issue 23), the SQL behind <see cref="IEventStore.ClaimForAnalysisAsync"/>,
/// <see cref="IEventStore.QuarantineAsync"/> and <see cref="IEventStore.QuarantinedArticlesAsync"/>; the caller holds
/// the event-write lock, so a claim is checked and taken without a race.
/// </summary>
internal static class PostgresAnalysisClaims
{
    public static async Task<IReadOnlyList<string>> ClaimAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<string> articleIds, string owner, DateTimeOffset staleBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Free: not analysed, and not claimed by another owner whose claim is still fresh.
        var claimed = await PostgresSql.ReadStringsAsync(connection, transaction, """
            INSERT INTO analysis_claims(article_id, owner, claimed_at)
            SELECT id, $2, $3 FROM unnest($1::text[]) AS id
            WHERE NOT EXISTS (SELECT 1 FROM analyzed_articles x WHERE x.article_id = id)
              AND NOT EXISTS (SELECT 1 FROM analysis_claims c WHERE c.article_id = id AND c.owner <> $2 AND c.claimed_at > $4)
            ON CONFLICT (article_id) DO UPDATE SET owner = excluded.owner, claimed_at = excluded.claimed_at
            RETURNING article_id
            """, cancellationToken, articleIds.ToArray(), owner, now.UtcDateTime, staleBefore.UtcDateTime);
        var taken = claimed.ToHashSet(StringComparer.Ordinal);
        return articleIds.Where(taken.Contains).ToList();
    }

    public static async Task QuarantineAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string articleId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await PostgresSql.ExecuteAsync(connection, transaction, """
            INSERT INTO quarantined_articles(article_id, reason, quarantined_at) VALUES ($1, $2, $3)
            ON CONFLICT (article_id) DO UPDATE SET reason = excluded.reason, quarantined_at = excluded.quarantined_at
            """, cancellationToken, articleId, reason, now.UtcDateTime);
        await PostgresSql.ExecuteAsync(connection, transaction, "DELETE FROM analysis_claims WHERE article_id = $1", cancellationToken, articleId);
    }

    public static async Task<QuarantinedArticle?> QuarantineOfAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string articleId, CancellationToken cancellationToken)
    {
        await using var command = PostgresSql.Command(connection, transaction, "SELECT reason, quarantined_at FROM quarantined_articles WHERE article_id = $1", articleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new QuarantinedArticle(articleId, reader.GetString(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero))
            : null;
    }

    public static async Task<IReadOnlyList<QuarantinedArticle>> QuarantinedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var found = new List<QuarantinedArticle>();
        await using var command = PostgresSql.Command(connection, transaction, "SELECT article_id, reason, quarantined_at FROM quarantined_articles ORDER BY quarantined_at, article_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new QuarantinedArticle(reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero)));
        }

        return found;
    }
}