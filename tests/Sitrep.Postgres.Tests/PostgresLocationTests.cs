using Npgsql;

namespace Sitrep.Postgres.Tests;

/// <summary>How a <c>--db</c> value selects PostgreSQL, and that a password never comes from it or goes into a message.</summary>
public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgres://sitrep@db.example.org/news", true)]
    [InlineData("postgresql://db.example.org:6543/news", true)]
    [InlineData("Host=/var/run/postgresql;Database=news", true)]
    [InlineData("Database=news; host=db", true)]
    [InlineData("sitrep.db", false)]
    [InlineData("/data/postgres/sitrep.db", false)]
    [InlineData("./Host=odd-file-name.db", false)]
    public void A_uri_or_a_host_keyword_selects_postgres(string db, bool expected) => Assert.Equal(expected, StoreOpener.IsPostgres(db));

    [Fact]
    public void A_uri_becomes_a_connection_string_with_every_part()
    {
        var location = PostgresLocation.Parse("postgres://ana%40newsroom@db.example.org:6543/news?sslmode=require&application_name=ingest");
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);

        Assert.Equal("ana@newsroom", builder.Username);
        Assert.Equal("db.example.org", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("news", builder.Database);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("ingest", builder.ApplicationName);
        Assert.Equal("postgres://ana@newsroom@db.example.org:6543/news", location.Display);
    }

    [Fact]
    public void A_unix_socket_folder_is_given_as_the_host_parameter()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresLocation.Parse("postgres://sitrep@localhost/news?host=/var/run/postgresql").ConnectionString);

        Assert.Equal("/var/run/postgresql", builder.Host);
    }

    [Theory]
    [InlineData("postgres://sitrep:s3cret-pw@db.example.org/news")]
    [InlineData("Host=db.example.org;Database=news;Password=s3cret-pw")]
    public void A_password_in_db_is_refused_without_repeating_it(string db)
    {
        var error = Assert.Throws<FormatException>(() => PostgresLocation.Parse(db));

        Assert.Contains("PGPASSWORD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", StoreOpener.Describe(db), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://sitrep@db.example.org/news?password_file=x", "password_file")]
    [InlineData("postgres:///news", "no host")]
    [InlineData("Host=db;Databse=news", "Databse")]
    public void A_malformed_location_names_what_is_wrong(string db, string named)
    {
        var error = Assert.Throws<FormatException>(() => PostgresLocation.Parse(db));

        Assert.Contains(named, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_cli_refuses_a_password_on_the_command_line_as_a_usage_error()
    {
        var result = await SitrepCli.RunAsync("events", "--db", "postgres://sitrep:s3cret-pw@localhost/news");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PGPASSWORD", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_names_an_unreachable_database_without_its_password_and_fails()
    {
        // A socket folder with no server in it: the connection is refused at once, nothing is written.
        var folder = Path.Combine(Path.GetTempPath(), "sitrep-no-server-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var result = await SitrepCli.RunAsync("articles", "--db", $"Host={folder};Database=news;Username=sitrep");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"postgres://sitrep@{folder}/news", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}