using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// Opens the store a <c>--db</c> value names: a PostgreSQL database (<c>postgres://user@host/db</c> or
/// <c>Host=…;Database=…</c>, see <see cref="PostgresLocation"/>) or else a SQLite file. The one place the choice is
/// made, so every verb that takes <c>--db</c> accepts both.
/// </summary>
public static class StoreOpener
{
    /// <summary>True when <paramref name="db"/> names a PostgreSQL database.</summary>
    public static bool IsPostgres(string db) => PostgresLocation.IsPostgres(db);

    /// <summary>
    /// True when the store can be opened without creating it: the SQLite file exists, or <paramref name="db"/> names a
    /// PostgreSQL database (whose existence the connection itself checks).
    /// </summary>
    public static bool Exists(string db) => IsPostgres(db) || File.Exists(db);

    /// <summary>The article store <paramref name="db"/> names; a <see cref="FormatException"/> for a malformed PostgreSQL location.</summary>
    public static async Task<IArticleStore> OpenArticlesAsync(string db, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        IsPostgres(db)
            ? await PostgresArticleStore.OpenAsync(PostgresLocation.Parse(db), timeProvider, cancellationToken)
            : await SqliteArticleStore.OpenAsync(db, timeProvider, cancellationToken);

    /// <summary>The event store <paramref name="db"/> names.</summary>
    public static async Task<IEventStore> OpenEventsAsync(string db, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        IsPostgres(db)
            ? await PostgresEventStore.OpenAsync(PostgresLocation.Parse(db), timeProvider, cancellationToken)
            : await SqliteEventStore.OpenAsync(db, timeProvider, cancellationToken);

    /// <summary>The watch state in the store <paramref name="db"/> names.</summary>
    public static async Task<IFeedStateStore> OpenFeedStateAsync(string db, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        IsPostgres(db)
            ? await PostgresFeedStateStore.OpenAsync(PostgresLocation.Parse(db), timeProvider, cancellationToken)
            : await SqliteFeedStateStore.OpenAsync(db, timeProvider, cancellationToken);

    /// <summary>Where <paramref name="store"/> is, for messages: the SQLite file's full path or the database without password.</summary>
    public static string Describe(object store) => store switch
    {
        SqliteArticleStore s => s.Path,
        SqliteEventStore s => s.Path,
        PostgresArticleStore p => p.Location.Display,
        PostgresEventStore p => p.Location.Display,
        _ => store?.ToString() ?? "",
    };

    /// <summary>A <c>--db</c> value fit for a message: a PostgreSQL location without password, or the path as given.</summary>
    public static string Describe(string db)
    {
        if (!IsPostgres(db))
        {
            return db;
        }

        try
        {
            return PostgresLocation.Parse(db).Display;
        }
        catch (FormatException)
        {
            return "(the PostgreSQL database given with --db)";
        }
    }
}