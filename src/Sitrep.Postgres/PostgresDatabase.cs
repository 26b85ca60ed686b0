using Npgsql;

namespace Sitrep.Postgres;

/// <summary>
/// One PostgreSQL database opened for Sitrep: the pooled data source (Npgsql's single entry object, which hands out
/// cheap connections) after the schema migrations have run. Each store owns one.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private PostgresDatabase(PostgresLocation location, NpgsqlDataSource dataSource, int schemaVersion)
    {
        Location = location;
        DataSource = dataSource;
        SchemaVersion = schemaVersion;
    }

    /// <summary>Where the database is.</summary>
    public PostgresLocation Location { get; }

    /// <summary>The pooled connections.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The schema version after migrations (the newest this build knows).</summary>
    public int SchemaVersion { get; }

    /// <summary>Connects, migrates, and returns the database; throws <see cref="Storage.StoreVersionException"/> for a newer schema.</summary>
    public static async Task<PostgresDatabase> OpenAsync(PostgresLocation location, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var dataSource = NpgsqlDataSource.Create(location.ConnectionString);
        try
        {
            var version = await PostgresMigrations.ApplyAsync(dataSource, location.Display, timeProvider, cancellationToken);
            return new PostgresDatabase(location, dataSource, version);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    /// <summary>An open connection from the pool.</summary>
    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) => DataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}