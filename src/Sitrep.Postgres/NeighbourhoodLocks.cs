using Npgsql;

using Sitrep.Clustering;

namespace Sitrep.Postgres;

/// <summary>
/// Serialises the clustering of overlapping neighbourhoods across workers with transaction-level advisory locks, one
/// per blocking key. A worker holds, before it reads anything it will re-cluster: the probe and index keys of its new
/// mentions, and every key of every event it reads (its candidates and the events of the article's earlier mentions).
/// Any two workers whose reads and writes could overlap then share a key, so one waits for the other's commit: the
/// store ends as if the articles were clustered one at a time, which, because clustering is order-independent
/// (docs/clustering-and-fusion.md), is the result of one sequential ingest. Workers on disjoint neighbourhoods never wait.
/// </summary>
/// <remarks>
/// The first keys are taken in sorted order with waiting locks (two workers cannot deadlock on them); keys discovered
/// later (the candidates' own keys) are only tried: if one is held elsewhere the transaction is rolled back and retried
/// with every key known so far taken in the sorted first round. Locks end with the transaction.
/// <para>
/// Advisory locks live in PostgreSQL's shared lock table (max_locks_per_transaction × max_connections slots; 6,400 by
/// default), and a neighbourhood in a store of a million events can have thousands of keys. Every clustering
/// transaction therefore holds <see cref="AdvisoryLocks.WholeStore"/> shared, and one whose neighbourhood needs more than
/// <see cref="MaxKeys"/> keys takes it exclusively instead, alone in the store while it runs.
/// </para>
/// </remarks>
internal static class NeighbourhoodLocks
{
    /// <summary>Above this many keys a transaction locks the whole store instead (about 25 workers fit the default lock table).</summary>
    public const int MaxKeys = 256;

    /// <summary>Takes the whole-store lock: shared beside key locks, or exclusive in their place.</summary>
    public static Task LockStoreAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool exclusive, CancellationToken cancellationToken) =>
        PostgresSql.ExecuteAsync(
            connection,
            transaction,
            $"SELECT {(exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared")}({AdvisoryLocks.WholeStore})",
            cancellationToken);

    /// <summary>The names of the first round: the article itself and its mentions' probe and index keys.</summary>
    public static SortedSet<string> InitialNames(string articleId, IReadOnlyList<MentionRecord> mentions)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal) { "article:" + articleId };
        foreach (var mention in mentions)
        {
            names.UnionWith(BlockingKeys.ProbeKeys(mention));
            names.UnionWith(BlockingKeys.IndexKeys(mention));
        }

        return names;
    }

    /// <summary>Takes the locks of <paramref name="names"/>, waiting, in a deadlock-free order.</summary>
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var keys = names.Select(AdvisoryLocks.ForName).Distinct().Order().ToArray();
        // unnest yields the array in order, and the function is called row by row in that order.
        await PostgresSql.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k", cancellationToken, keys);
    }

    /// <summary>Tries to take the locks of <paramref name="names"/> without waiting; false when any is held elsewhere.</summary>
    public static async Task<bool> TryLockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var keys = names.Select(AdvisoryLocks.ForName).Distinct().Order().ToArray();
        await using var command = PostgresSql.Command(connection, transaction, "SELECT bool_and(pg_try_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k", keys);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>
    /// The keys of the events a clustering of <paramref name="articleId"/> with <paramref name="probeKeys"/> reads:
    /// every key of its candidates and of the events holding the article's earlier mentions.
    /// </summary>
    public static Task<List<string>> KeysOfNeighbourhoodAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string articleId, string[] probeKeys, CancellationToken cancellationToken) =>
        PostgresSql.ReadStringsAsync(
            connection,
            transaction,
            """
            SELECT DISTINCT b.key FROM event_blocks b
            WHERE b.event_id IN (SELECT event_id FROM event_blocks WHERE key = ANY($1)
                                 UNION SELECT event_id FROM mentions WHERE article_id = $2 AND event_id IS NOT NULL)
            """,
            cancellationToken,
            probeKeys,
            articleId);
}