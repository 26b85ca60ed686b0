using System.Globalization;

using Npgsql;

using Sitrep.Ingest;
using Sitrep.Ingest.NearDuplicates;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// Writes one batch of articles inside one open transaction, with the same rules as the SQLite store's batch writer:
/// exact duplicates by body hash, id collisions under a hash suffix, and near-duplicates through LSH bucket lookups
/// confirmed against the stored signature and linked to the root of the earliest copy's chain.
/// </summary>
internal sealed class PostgresArticleWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, LshBanding banding)
{
    /// <summary>Stores <paramref name="article"/> unless it is an exact duplicate, and says what was done.</summary>
    public async Task<StoreOutcome> AddAsync(Article article, MinHashSignature signature, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var existing = await PostgresSql.ReadStringsAsync(connection, transaction, "SELECT id FROM articles WHERE body_hash = $1", cancellationToken, article.BodyHash);
        if (existing.Count > 0)
        {
            return new StoreOutcome(existing[0], StoreOutcomeKind.Duplicate, existing[0]);
        }

        var id = await FreeIdAsync(article, cancellationToken);
        var keys = signature.IsEmpty ? [] : banding.BucketKeys(signature);
        var original = await FindOriginalAsync(signature, keys, cancellationToken);
        await PostgresSql.ExecuteAsync(
            connection,
            transaction,
            $"""
            INSERT INTO articles (id, outlet, outlet_fold, url, title, published, language, body, body_hash, origin_path, origin_url,
                                  origin_feed, origin_line, ingested_at, syndicated_from, similarity, minhash, search)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, {SearchText.VectorSql("$18")})
            """,
            cancellationToken,
            id, article.Outlet, article.Outlet?.Trim().ToUpperInvariant(), article.Url, article.Title, article.Published, article.Language,
            article.Body, article.BodyHash, article.Origin.Path, article.Origin.Url, article.Origin.Feed, article.Origin.Line,
            ingestedAt.UtcDateTime, original?.Id, original?.Similarity, signature.ToBytes(),
            SearchText.Fold(article.Title) + "\n" + SearchText.Fold(article.Body));
        await PostgresSql.ExecuteAsync(connection, transaction, "INSERT INTO work_queue(article_id, published) VALUES ($1, $2)", cancellationToken, id, article.Published);
        if (keys.Length > 0)
        {
            await PostgresSql.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO minhash_bands (band, bucket, article_id) SELECT b - 1, k, $2 FROM unnest($1::bigint[]) WITH ORDINALITY AS u(k, b)",
                cancellationToken,
                keys,
                id);
        }

        // The store's answer is the article as it reads back, so ingest can analyse it without reading it again.
        var stored = new StoredArticle(article with { Id = id }, ingestedAt, original?.Id, original?.Similarity);
        return original is { } link
            ? new StoreOutcome(id, StoreOutcomeKind.Syndicated, link.Id, link.Similarity, stored)
            : new StoreOutcome(id, StoreOutcomeKind.New, Stored: stored);
    }

    // Two inputs may share an id with different bodies: the later one takes a suffix derived from its body hash, so
    // re-ingesting gives it the same id again (the SQLite store's rule).
    private async Task<string> FreeIdAsync(Article article, CancellationToken cancellationToken)
    {
        string[] choices = [article.Id, $"{article.Id}-{article.BodyHash[..8]}", $"{article.Id}-{article.BodyHash}"];
        foreach (var choice in choices)
        {
            if (!await IsIdTakenAsync(choice, cancellationToken))
            {
                return choice;
            }
        }

        for (var n = 2; ; n++)
        {
            var choice = $"{article.Id}-{article.BodyHash}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!await IsIdTakenAsync(choice, cancellationToken))
            {
                return choice;
            }
        }
    }

    private async Task<bool> IsIdTakenAsync(string id, CancellationToken cancellationToken) =>
        (await PostgresSql.ReadStringsAsync(connection, transaction, "SELECT id FROM articles WHERE id = $1", cancellationToken, id)).Count > 0;

    private async Task<(string Id, double Similarity)?> FindOriginalAsync(MinHashSignature signature, long[] keys, CancellationToken cancellationToken)
    {
        if (keys.Length == 0)
        {
            return null;
        }

        // One lookup per (band, bucket) pair through the index, all in one statement.
        await using var command = PostgresSql.Command(
            connection,
            transaction,
            """
            SELECT a.seq, a.id, a.minhash, a.syndicated_from
            FROM articles a
            WHERE a.minhash IS NOT NULL AND a.id IN (
                SELECT m.article_id FROM unnest($1::bigint[]) WITH ORDINALITY AS u(k, b)
                JOIN minhash_bands m ON m.band = u.b - 1 AND m.bucket = u.k)
            """,
            keys);
        (long Seq, string Id, string? Root, double Similarity)? best = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var similarity = signature.EstimateSimilarity(MinHashSignature.FromBytes(reader.GetFieldValue<byte[]>(2)));
                var seq = reader.GetInt64(0);
                if (similarity >= SqliteBatchWriter.SyndicationThreshold
                    && (best is null || similarity > best.Value.Similarity || (similarity == best.Value.Similarity && seq < best.Value.Seq)))
                {
                    best = (seq, reader.GetString(1), reader.IsDBNull(3) ? null : reader.GetString(3), similarity);
                }
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        if (chosen.Root is null)
        {
            return (chosen.Id, chosen.Similarity);
        }

        // The similarity reported is to the earliest copy the link points at, not to the intermediate copy.
        await using var root = PostgresSql.Command(connection, transaction, "SELECT minhash FROM articles WHERE id = $1", chosen.Root);
        var bytes = await root.ExecuteScalarAsync(cancellationToken) as byte[];
        return (chosen.Root, bytes is null ? chosen.Similarity : signature.EstimateSimilarity(MinHashSignature.FromBytes(bytes)));
    }
}