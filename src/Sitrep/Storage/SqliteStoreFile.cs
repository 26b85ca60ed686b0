using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// Opening the one SQLite file both stores share: WAL mode, migrations, and per-connection settings. The article store
/// and the event store open the same file and see the same schema version.
/// </summary>
internal static class SqliteStoreFile
{
    /// <summary>The collation outlets are compared with.</summary>
    public const string OutletCollation = "SITREP_NOCASE";

    /// <summary>
    /// Creates the file (and its folder) if needed, applies pending migrations and returns the full path, a connection
    /// string and the schema version. Throws <see cref="StoreVersionException"/> for a file from a newer Sitrep.
    /// </summary>
    public static async Task<(string FullPath, string ConnectionString, int Version)> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();

        await using var connection = await OpenConnectionAsync(connectionString, cancellationToken);
        try
        {
            // WAL is persistent in the file: readers never block the writer, and a killed writer leaves the last
            // committed transaction intact (https://sqlite.org/wal.html).
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
            var version = await SqliteMigrations.ApplyAsync(connection, fullPath, timeProvider, cancellationToken);
            return (fullPath, connectionString, version);
        }
        catch
        {
            SqliteConnection.ClearPool(connection);
            throw;
        }
    }

    /// <summary>An open connection with the store's collation and pragmas.</summary>
    public static async Task<SqliteConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            // Outlet names are compared case-insensitively beyond ASCII ("ÉL PAÍS" = "él país"); SQLite's NOCASE folds ASCII only.
            connection.CreateCollation(OutletCollation, static (a, b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
            await connection.OpenAsync(cancellationToken);
            // Per connection: foreign keys are off by default in SQLite; FULL makes each committed batch durable in WAL mode.
            // A 32 MB page cache (the default is 2 MB) keeps the upper levels of the event and block indexes in memory,
            // so candidate lookups in a large store do not go to disk (https://sqlite.org/pragma.html#pragma_cache_size).
            await ExecuteAsync(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="sql"/> without parameters.</summary>
    public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Empties the connection pool of <paramref name="connectionString"/> so the file can be moved or deleted.</summary>
    public static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}