using System.Globalization;

using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// The numbered schema migrations of the SQLite store, applied in order, each in its own transaction and recorded in
/// <c>schema_migrations</c>. A migration, once released, is never edited: a schema change is a new migration.
/// </summary>
internal static class SqliteMigrations
{
    /// <summary>The migrations in version order; the last version is the schema this code reads and writes.</summary>
    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> All =
    [
        (1, "0001_articles", """
            -- seq is the rowid alias: FTS5 external content needs a stable integer key (a bare rowid may change on
            -- VACUUM), and insertion order is what "earliest copy" means.
            CREATE TABLE articles (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                outlet TEXT,
                url TEXT,
                title TEXT,
                published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                language TEXT NOT NULL,
                body TEXT NOT NULL,
                body_hash TEXT NOT NULL UNIQUE,
                origin_path TEXT,
                origin_url TEXT,
                origin_feed TEXT,
                origin_line INTEGER,
                ingested_at TEXT NOT NULL,
                syndicated_from TEXT REFERENCES articles(id),
                similarity REAL CHECK (similarity IS NULL OR (similarity >= 0 AND similarity <= 1))
            );
            CREATE INDEX articles_published ON articles(published);
            CREATE INDEX articles_syndicated_from ON articles(syndicated_from);
            """),
        (2, "0002_fts", """
            -- External-content FTS5 kept in step by triggers, so the index changes in the article's own transaction.
            -- remove_diacritics 2 folds every diacritic ("Sucumbios" finds "Sucumbíos"): https://sqlite.org/fts5.html#unicode61_tokenizer
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, body, content = 'articles', content_rowid = 'seq',
                tokenize = 'unicode61 remove_diacritics 2');
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
                INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
            END;
            INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
            """),
        (3, "0003_near_duplicates", """
            -- The MinHash signature (128 little-endian uint32) and its LSH band buckets: candidates come from
            -- (band, bucket) lookups, never from a scan of all articles.
            ALTER TABLE articles ADD COLUMN minhash BLOB;
            CREATE TABLE minhash_bands (
                band INTEGER NOT NULL,
                bucket INTEGER NOT NULL,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
            );
            CREATE INDEX minhash_bands_bucket ON minhash_bands(band, bucket);
            CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
            """),
        (4, "0004_events", """
            -- Mentions and events are stored as JSON documents (the records of src/Sitrep/Clustering) beside the
            -- columns that filters and joins need; docs/clustering-and-fusion.md describes the flow.
            CREATE TABLE mentions (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                event_id TEXT,
                record TEXT NOT NULL
            );
            CREATE INDEX mentions_article ON mentions(article_id);
            CREATE INDEX mentions_event ON mentions(event_id);
            CREATE TABLE events (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                type TEXT NOT NULL,
                mode TEXT,
                date_from TEXT,
                date_to TEXT,
                country TEXT,
                admin1 TEXT,
                latitude REAL,
                longitude REAL,
                fatalities INTEGER,
                independent_sources INTEGER NOT NULL,
                fused TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE INDEX events_date ON events(date_from, date_to);
            CREATE INDEX events_type ON events(type);
            CREATE INDEX events_country ON events(country);
            -- The blocking index: candidates for a new mention are the events sharing one of its keys.
            CREATE TABLE event_blocks (
                key TEXT NOT NULL,
                event_id TEXT NOT NULL,
                PRIMARY KEY (key, event_id)
            ) WITHOUT ROWID;
            CREATE INDEX event_blocks_event ON event_blocks(event_id);
            -- Ids of events absorbed or renamed, resolved to the event that holds their first mention now.
            CREATE TABLE event_aliases (
                alias TEXT PRIMARY KEY,
                event_id TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE event_revisions (
                seq INTEGER PRIMARY KEY,
                event_id TEXT NOT NULL,
                at TEXT NOT NULL,
                article_id TEXT NOT NULL,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT
            );
            CREATE INDEX event_revisions_event ON event_revisions(event_id);
            CREATE TABLE cluster_decisions (
                mention_id TEXT PRIMARY KEY,
                event_id TEXT NOT NULL,
                created INTEGER NOT NULL,
                score REAL NOT NULL,
                candidates INTEGER NOT NULL,
                reason TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX cluster_decisions_event ON cluster_decisions(event_id);
            -- Articles whose analysis and clustering committed: an article stored but missing here was stored with
            -- --no-analyze or by a run that crashed before clustering it, and is picked up later.
            CREATE TABLE analyzed_articles (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                analyzed_at TEXT NOT NULL
            ) WITHOUT ROWID;
            -- Actors (names and aliases) and evidence of each event, for --actor and --text; rowid = events.seq.
            CREATE VIRTUAL TABLE events_fts USING fts5(actors, evidence, tokenize = 'unicode61 remove_diacritics 2');
            """),
        (5, "0005_fts_stemming", """
            -- English stemming in both full-text indexes (https://sqlite.org/fts5.html#porter_tokenizer): "airstrike"
            -- finds "airstrikes", "killing" finds "killed". Porter wraps the same unicode61 tokenizer, so accents
            -- are still folded. The article index is rebuilt from its content table; the event index holds its
            -- own content, which is copied into a new table that takes the old one's name.
            DROP TRIGGER articles_fts_insert;
            DROP TRIGGER articles_fts_delete;
            DROP TRIGGER articles_fts_update;
            DROP TABLE articles_fts;
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, body, content = 'articles', content_rowid = 'seq',
                tokenize = 'porter unicode61 remove_diacritics 2');
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
                INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
            END;
            INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
            CREATE VIRTUAL TABLE events_fts_stemmed USING fts5(actors, evidence, tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO events_fts_stemmed(rowid, actors, evidence) SELECT rowid, actors, evidence FROM events_fts;
            DROP TABLE events_fts;
            ALTER TABLE events_fts_stemmed RENAME TO events_fts;
            """),
        (6, "0006_claims_and_quarantine", """
            -- An article a writer is analysing: concurrent ingests on one store skip it (issue 23). Writing the
            -- article's mentions deletes the claim; a claim its writer never released goes stale and is taken over.
            CREATE TABLE analysis_claims (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                owner TEXT NOT NULL,
                claimed_at TEXT NOT NULL
            ) WITHOUT ROWID;
            -- An article whose analysis failed or went over its budget: catch-up skips it, and only
            -- 'reprocess --quarantined' retries it; a successful write of its mentions releases it.
            CREATE TABLE quarantined_articles (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                reason TEXT NOT NULL,
                quarantined_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        (7, "0007_watched_feeds", """
            -- sitrep watch (issue 21): each feed's cache validators and schedule, and each item taken from a feed, so
            -- that a restarted watch sends conditional GETs and never fetches an item it has stored or given up on.
            CREATE TABLE watched_feeds (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                last_polled_at TEXT NOT NULL,
                next_poll_at TEXT NOT NULL,
                failures INTEGER NOT NULL,
                last_error TEXT
            ) WITHOUT ROWID;
            CREATE TABLE watched_items (
                key TEXT PRIMARY KEY,
                feed_url TEXT NOT NULL,
                article_id TEXT,
                attempts INTEGER NOT NULL,
                last_error TEXT,
                seen_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
    ];

    /// <summary>The schema version this code expects.</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>
    /// Brings the database up to <see cref="LatestVersion"/> and returns it. Refuses a database written by a newer
    /// Sitrep rather than guess at a schema it does not know.
    /// </summary>
    public static async Task<int> ApplyAsync(SqliteConnection connection, string path, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """, cancellationToken);

        foreach (var (version, name, sql) in All)
        {
            // IMMEDIATE takes the write lock before reading the version, so two processes opening a fresh file
            // at once cannot both apply the same migration.
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
            if (current > LatestVersion)
            {
                throw new StoreVersionException(path, current, LatestVersion);
            }

            if (current >= version)
            {
                transaction.Commit();
                continue;
            }

            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations(version, name, applied_at) VALUES ($version, $name, $at)";
                record.Parameters.AddWithValue("$version", version);
                record.Parameters.AddWithValue("$name", name);
                record.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            transaction.Commit();
        }

        var final = await CurrentVersionAsync(connection, null, cancellationToken);
        return final > LatestVersion ? throw new StoreVersionException(path, final, LatestVersion) : final;
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}