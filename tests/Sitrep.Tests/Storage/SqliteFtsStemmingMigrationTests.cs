using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>Migration 0005: a store written before stemming keeps its indexed text and finds other word forms.</summary>
public sealed class SqliteFtsStemmingMigrationTests : IDisposable
{
    private readonly string folder = StoreTestFiles.NewTempFolder();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(folder, "v4.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_version_4_store_is_migrated_with_its_text_kept_and_stemmed()
    {
        await WriteVersion4StoreAsync();

        await using (var store = await SqliteArticleStore.OpenAsync(DbPath, clock, default))
        {
            Assert.Equal(7, store.SchemaVersion); // 5 (stemming), 6 (claims and quarantine), then 7 (watched feeds)
            var found = await store.QueryArticlesAsync(new ArticleQuery(Search: "airstrike"), default);
            Assert.Equal(["old"], found.Select(a => a.Article.Id));
        }

        Assert.Equal("7", await ScalarAsync("SELECT rowid FROM events_fts WHERE events_fts MATCH 'evidence : \"airstrike\"'"));
        Assert.Equal("Comandos de la Frontera", await ScalarAsync("SELECT actors FROM events_fts WHERE rowid = 7"));
    }

    private async Task WriteVersion4StoreAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        foreach (var (version, name, sql) in SqliteMigrations.All.Where(m => m.Version <= 4))
        {
            await ExecuteAsync(connection, sql);
            await ExecuteAsync(connection, $"INSERT INTO schema_migrations VALUES ({version}, '{name}', '2026-01-01')");
        }

        await ExecuteAsync(connection, """
            INSERT INTO articles(id, language, body, body_hash, ingested_at) VALUES ('old', 'en', 'Two airstrikes hit the camp.', 'h1', '2026-01-01');
            INSERT INTO articles(id, language, body, body_hash, ingested_at) VALUES ('other', 'en', 'A vessel sank.', 'h2', '2026-01-01');
            INSERT INTO events_fts(rowid, actors, evidence) VALUES (7, 'Comandos de la Frontera', 'The airstrikes killed six.');
            """);
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}