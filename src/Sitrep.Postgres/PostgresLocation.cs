using System.Globalization;

using Npgsql;

namespace Sitrep.Postgres;

/// <summary>
/// A PostgreSQL database named on the command line: a <c>postgres://user@host:port/db</c> URI or an Npgsql
/// <c>Host=…;Database=…</c> connection string. Passwords are never taken from it (a command line shows in <c>ps</c> and
/// in shell history): Npgsql reads them from <c>PGPASSWORD</c> or the <c>.pgpass</c> file (<c>PGPASSFILE</c>), as libpq
/// does. <see cref="Display"/> is what messages print.
/// </summary>
public sealed class PostgresLocation
{
    private static readonly Dictionary<string, string> UriParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "Host",
        ["port"] = "Port",
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
    };

    private PostgresLocation(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "sitrep";
        }

        ConnectionString = builder.ConnectionString;
        var user = string.IsNullOrEmpty(builder.Username) ? "" : builder.Username + "@";
        var port = builder.Port == NpgsqlConnection.DefaultPort ? "" : ":" + builder.Port.ToString(CultureInfo.InvariantCulture);
        Display = $"postgres://{user}{builder.Host}{port}/{builder.Database}";
    }

    /// <summary>The Npgsql connection string (without a password).</summary>
    public string ConnectionString { get; }

    /// <summary>The location as messages show it: never a password.</summary>
    public string Display { get; }

    /// <inheritdoc />
    public override string ToString() => Display;

    /// <summary>True when <paramref name="db"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var text = db.Trim();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.Split(';').Any(part => part.Trim().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Parses <paramref name="db"/>; a <see cref="FormatException"/> names what is wrong (never echoing a password).
    /// </summary>
    public static PostgresLocation Parse(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var text = db.Trim();
        var builder = text.Contains("://", StringComparison.Ordinal) ? FromUri(text) : FromConnectionString(text);
        if (!string.IsNullOrEmpty(builder.Password))
        {
            throw new FormatException("--db must not carry a password (it would show in process lists and logs); set PGPASSWORD or use a .pgpass file.");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new FormatException("--db names no host: expected postgres://user@host/database or Host=…;Database=….");
        }

        return new PostgresLocation(builder);
    }

    private static NpgsqlConnectionStringBuilder FromConnectionString(string text)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException ex)
        {
            // Npgsql names the unknown keyword; the value is not echoed.
            throw new FormatException($"--db is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }
    }

    // postgres://[user[:password]@]host[:port][/database][?host=/socket/dir&port=…&sslmode=…]
    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException("--db is not a valid PostgreSQL URI: expected postgres://user@host[:port]/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.UserInfo.Length > 0)
        {
            if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
            {
                throw new FormatException("--db must not carry a password (it would show in process lists and logs); set PGPASSWORD or use a .pgpass file.");
            }

            builder.Username = Uri.UnescapeDataString(uri.UserInfo);
        }

        if (uri.Host.Length > 0)
        {
            builder.Host = uri.Host;
        }

        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (!UriParameters.TryGetValue(name, out var keyword))
            {
                throw new FormatException($"--db: unknown URI parameter '{name}' (expected one of {string.Join(", ", UriParameters.Keys)}).");
            }

            builder[keyword] = value;
        }

        return builder;
    }
}