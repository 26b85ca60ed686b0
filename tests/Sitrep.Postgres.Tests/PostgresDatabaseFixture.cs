using Npgsql;

namespace Sitrep.Postgres.Tests;

/// <summary>
/// A clean database per test class on the shared test server (<see cref="PostgresServer"/>), dropped after the class.
/// The store tests empty its tables before each test, so every test starts from an empty store.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private PostgresServer? server;

    /// <summary>The database's name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>A connection string to the database (Unix socket, no password).</summary>
    public string ConnectionString => Server.ConnectionString(Name);

    internal PostgresServer Server => server ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The database as a <c>--db</c> value.</summary>
    public PostgresLocation Location => PostgresLocation.Parse(ConnectionString);

    public async Task InitializeAsync()
    {
        server = await PostgresServer.GetAsync();
        Name = await server.CreateDatabaseAsync();
    }

    public Task DisposeAsync() => server is null ? Task.CompletedTask : server.DropDatabaseAsync(Name);

    /// <summary>Empties every Sitrep table (the schema stays), so the next store opened on the database is empty.</summary>
    public async Task EmptyAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            TRUNCATE articles, minhash_bands, mentions, events, event_blocks, event_aliases, event_revisions,
                     cluster_decisions, analyzed_articles, work_queue, watched_feeds, watched_items RESTART IDENTITY CASCADE
            """,
            connection);
        await command.ExecuteNonQueryAsync();
    }
}