using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

using Sitrep.Ingest;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>What only the SQLite store has: the file, its migrations, its pragmas and its indexes.</summary>
public sealed class SqliteStoreSchemaTests : IDisposable
{
    private readonly string folder = StoreTestFiles.NewTempFolder();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(folder, "nested", "sitrep.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_fresh_file_gets_every_migration()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, clock, default))
        {
            Assert.Equal(7, store.SchemaVersion);
            Assert.Equal(Path.GetFullPath(DbPath), store.Path);
        }

        Assert.Equal(["0001_articles", "0002_fts", "0003_near_duplicates", "0004_events", "0005_fts_stemming", "0006_claims_and_quarantine", "0007_watched_feeds"], await QueryStringsAsync("SELECT name FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public async Task Reopening_applies_nothing_again_and_keeps_the_articles()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, clock, default))
        {
            await store.AddArticlesAsync([new Article("a1", "Kept across opens.", new ArticleOrigin())], default);
        }

        var appliedFirst = await QueryStringsAsync("SELECT applied_at FROM schema_migrations ORDER BY version");
        clock.Advance(TimeSpan.FromDays(1));
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, clock, default))
        {
            Assert.Equal(7, store.SchemaVersion);
            Assert.Equal(1, await store.CountArticlesAsync(default));
        }

        Assert.Equal(appliedFirst, await QueryStringsAsync("SELECT applied_at FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public async Task A_file_from_a_newer_version_is_refused_with_a_clear_message()
    {
        await (await SqliteArticleStore.OpenAsync(DbPath, clock, default)).DisposeAsync();
        await ExecuteAsync("INSERT INTO schema_migrations(version, name, applied_at) VALUES (99, '0099_future', '2030-01-01')");

        var error = await Assert.ThrowsAsync<StoreVersionException>(() => SqliteArticleStore.OpenAsync(DbPath, clock, default));

        Assert.Equal(99, error.FoundVersion);
        Assert.Equal(7, error.SupportedVersion);
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(DbPath), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PRAGMA journal_mode", "wal")]
    [InlineData("PRAGMA integrity_check", "ok")]
    public async Task The_file_is_in_wal_mode_and_sound(string pragma, string expected)
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, clock, default))
        {
            await store.AddArticlesAsync([new Article("a1", "One body.", new ArticleOrigin())], default);
        }

        Assert.Equal([expected], await QueryStringsAsync(pragma));
    }

    [Fact]
    public async Task Every_stored_article_has_its_signature_and_one_bucket_per_band()
    {
        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, clock, default))
        {
            await store.AddArticlesAsync([new Article("a1", "One body with some words.", new ArticleOrigin()), new Article("a2", "Another body entirely.", new ArticleOrigin())], default);
        }

        Assert.Equal(["32", "32"], await QueryStringsAsync("SELECT COUNT(*) FROM minhash_bands GROUP BY article_id"));
        Assert.Equal(["512", "512"], await QueryStringsAsync("SELECT length(minhash) FROM articles"));
    }

    [Fact]
    public async Task Candidate_lookup_uses_the_bucket_index_not_a_scan()
    {
        await (await SqliteArticleStore.OpenAsync(DbPath, clock, default)).DisposeAsync();

        var plan = await QueryStringsAsync("EXPLAIN QUERY PLAN " + SqliteBatchWriter.CandidateLookupSql(32), column: 3);
        var lookups = plan.Where(step => step.Contains("minhash_bands", StringComparison.Ordinal)).ToArray();

        Assert.Equal(32, lookups.Length);
        Assert.All(lookups, step => Assert.Contains("USING INDEX minhash_bands_bucket (band=? AND bucket=?)", step, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_not_overwritten()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        await File.WriteAllTextAsync(DbPath, "this is a text file, not a database, and it is long enough to have a header");

        await Assert.ThrowsAsync<SqliteException>(() => SqliteArticleStore.OpenAsync(DbPath, clock, default));
        Assert.StartsWith("this is a text file", await File.ReadAllTextAsync(DbPath), StringComparison.Ordinal);
    }

    private async Task<string[]> QueryStringsAsync(string sql, int column = 0)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return [.. values];
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}