using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Postgres;

/// <summary>
/// The advisory lock keys the store takes (https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS).
/// Fixed keys sit in a range no hashed key is given (hashes are forced positive, fixed keys are negative).
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>Held while migrating, so that two processes opening a fresh database apply each migration once.</summary>
    public const long Migrations = -7_311_001;

    /// <summary>
    /// Held by each article batch: duplicate detection reads and then inserts, so two ingests writing at once would
    /// otherwise both store the same body.
    /// </summary>
    public const long ArticleWrites = -7_311_002;

    /// <summary>
    /// Held by each event-store write made outside a worker's neighbourhood locks (ingest with analysis, reprocess),
    /// so those writes stay one at a time as on SQLite.
    /// </summary>
    public const long EventWrites = -7_311_003;

    /// <summary>
    /// Taken shared by every worker's clustering transaction, and exclusively by one whose neighbourhood has too many
    /// keys to lock one by one (<see cref="NeighbourhoodLocks.MaxKeys"/>): lock escalation, as a database does it.
    /// </summary>
    public const long WholeStore = -7_311_004;

    /// <summary>The key of a blocking key (or any other name): the first 63 bits of its SHA-256, never negative.</summary>
    public static long ForName(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        return (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) >> 1);
    }
}