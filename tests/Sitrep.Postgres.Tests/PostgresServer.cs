using System.Diagnostics;
using System.Globalization;

using Npgsql;

namespace Sitrep.Postgres.Tests;

/// <summary>
/// A real PostgreSQL server for the test run, started once per test process (initdb + pg_ctl in a temporary folder,
/// listening on a Unix socket in that folder only, never on TCP) and stopped when the process exits. The server
/// binaries come from Debian's <c>postgresql</c> package, which <c>test.sh</c> installs; without them every test here
/// fails with a message saying so, rather than skipping.
/// </summary>
internal sealed class PostgresServer
{
    /// <summary>The superuser initdb creates; the same whether the tests run as root or as a developer.</summary>
    public const string Superuser = "sitrep";

    private const int Port = 5432;

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string folder;

    private PostgresServer(string folder, string binaries)
    {
        this.folder = folder;
        Binaries = binaries;
    }

    /// <summary>The folder of the server binaries (pg_ctl, psql).</summary>
    public string Binaries { get; }

    /// <summary>The server of this test process, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A connection string to <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = folder, Port = Port, Username = Superuser, Database = database, Pooling = true }.ConnectionString;

    /// <summary>Creates a new empty database and returns its name.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    /// <summary>Drops <paramref name="database"/>, closing any connection still open to it.</summary>
    public async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var binaries = FindBinaries();
        var folder = Path.Combine(Path.GetTempPath(), "sitrep-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // PostgreSQL refuses to run as root: the server runs as the postgres user the package created.
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        await RunAsync(Path.Combine(binaries, "initdb"), ["-D", data, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"], asRoot);
        // Durability settings off: a test server's data is thrown away, and fsync on a shared 2-core machine is slow.
        string options = string.Join(' ', [
            $"-k {folder}", "-c listen_addresses=''", string.Create(CultureInfo.InvariantCulture, $"-p {Port}"),
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c shared_buffers=64MB", "-c max_connections=200"]);
        await RunAsync(Path.Combine(binaries, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "-t", "120", "start"], asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(binaries, data, folder, asRoot);
        return new PostgresServer(folder, binaries);
    }

    private static void Stop(string binaries, string data, string folder, bool asRoot)
    {
        try
        {
            RunAsync(Path.Combine(binaries, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot).GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Exiting anyway: a leftover folder under /tmp is the worst outcome.
        }
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install Debian's postgresql package " +
            "(test.sh does so when run as root: apt-get install -y postgresql).");
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgresUser = false)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }
}