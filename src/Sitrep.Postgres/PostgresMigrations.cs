using Npgsql;

using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>
/// The numbered schema migrations of the PostgreSQL store, applied in order, each in its own transaction and recorded
/// in <c>schema_migrations</c>. A migration, once released, is never edited: a schema change is a new migration.
/// The tables mirror the SQLite store's (src/Sitrep/Storage/SqliteMigrations.cs) so both pass the same contract tests;
/// full-text search is a <c>tsvector</c> column per searchable text, filled on write (docs/postgres-store.md).
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The migrations in version order; the last version is the schema this code reads and writes.</summary>
    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> All =
    [
        (1, "0001_articles", """
            -- unaccent folds diacritics in the search columns ("Sucumbios" finds "Sucumbíos"), as SQLite's
            -- remove_diacritics does; it is a trusted extension, so a database owner may create it.
            CREATE EXTENSION IF NOT EXISTS unaccent;
            -- Words are stemmed (Snowball English, no stop list), as SQLite's FTS5 porter tokenizer stems them, so
            -- "airstrike" finds "airstrikes" in either store (the article-store contract asks it of both).
            CREATE TEXT SEARCH DICTIONARY sitrep_stem (TEMPLATE = snowball, Language = english);
            CREATE TEXT SEARCH CONFIGURATION sitrep_search (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION sitrep_search ALTER MAPPING REPLACE simple WITH sitrep_stem;
            -- Ids compare byte-wise (COLLATE "C"), as SQLite's do, so listings sort the same whatever the database locale.
            -- seq is insertion order, which is what "earliest copy" means.
            CREATE TABLE articles (
                seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id TEXT COLLATE "C" NOT NULL UNIQUE,
                outlet TEXT,
                outlet_fold TEXT,
                url TEXT,
                title TEXT,
                published DATE,
                language TEXT NOT NULL,
                body TEXT NOT NULL,
                body_hash TEXT NOT NULL UNIQUE,
                origin_path TEXT,
                origin_url TEXT,
                origin_feed TEXT,
                origin_line INTEGER,
                ingested_at TIMESTAMPTZ NOT NULL,
                syndicated_from TEXT COLLATE "C" REFERENCES articles(id),
                similarity DOUBLE PRECISION CHECK (similarity IS NULL OR (similarity >= 0 AND similarity <= 1)),
                minhash BYTEA,
                search TSVECTOR NOT NULL
            );
            CREATE INDEX articles_published ON articles(published, id);
            CREATE INDEX articles_syndicated_from ON articles(syndicated_from);
            CREATE INDEX articles_outlet_fold ON articles(outlet_fold);
            CREATE INDEX articles_search ON articles USING GIN (search);
            -- LSH band buckets of the MinHash signatures: near-duplicate candidates come from (band, bucket) lookups.
            CREATE TABLE minhash_bands (
                band SMALLINT NOT NULL,
                bucket BIGINT NOT NULL,
                article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE
            );
            CREATE INDEX minhash_bands_bucket ON minhash_bands(band, bucket);
            CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
            """),
        (2, "0002_events", """
            -- Mentions and events are JSON documents (the records of src/Sitrep/Clustering) beside the columns that
            -- filters and joins need, as in the SQLite store.
            CREATE TABLE mentions (
                id TEXT COLLATE "C" PRIMARY KEY,
                article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                event_id TEXT COLLATE "C",
                record TEXT NOT NULL
            );
            CREATE INDEX mentions_article ON mentions(article_id);
            CREATE INDEX mentions_event ON mentions(event_id);
            CREATE TABLE events (
                id TEXT COLLATE "C" PRIMARY KEY,
                kind TEXT NOT NULL,
                type TEXT NOT NULL,
                mode TEXT,
                date_from DATE,
                date_to DATE,
                country TEXT,
                admin1 TEXT,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                fatalities BIGINT,
                independent_sources INTEGER NOT NULL,
                fused TEXT NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL,
                actors_search TSVECTOR NOT NULL,
                evidence_search TSVECTOR NOT NULL
            );
            CREATE INDEX events_date ON events(date_from, date_to);
            CREATE INDEX events_type ON events(type);
            CREATE INDEX events_country ON events(country);
            CREATE INDEX events_actors_search ON events USING GIN (actors_search);
            CREATE INDEX events_evidence_search ON events USING GIN (evidence_search);
            -- The blocking index: candidates for a new mention are the events sharing one of its keys.
            CREATE TABLE event_blocks (
                key TEXT COLLATE "C" NOT NULL,
                event_id TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (key, event_id)
            );
            CREATE INDEX event_blocks_event ON event_blocks(event_id);
            CREATE TABLE event_aliases (
                alias TEXT COLLATE "C" PRIMARY KEY,
                event_id TEXT COLLATE "C" NOT NULL
            );
            CREATE INDEX event_aliases_event ON event_aliases(event_id);
            CREATE TABLE event_revisions (
                seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                event_id TEXT COLLATE "C" NOT NULL,
                at TIMESTAMPTZ NOT NULL,
                article_id TEXT COLLATE "C" NOT NULL,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT
            );
            CREATE INDEX event_revisions_event ON event_revisions(event_id);
            CREATE TABLE cluster_decisions (
                mention_id TEXT COLLATE "C" PRIMARY KEY,
                event_id TEXT COLLATE "C" NOT NULL,
                created BOOLEAN NOT NULL,
                score DOUBLE PRECISION NOT NULL,
                candidates INTEGER NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX cluster_decisions_event ON cluster_decisions(event_id);
            -- Articles whose analysis and clustering committed; the others are the workers' queue.
            CREATE TABLE analyzed_articles (
                article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                analyzed_at TIMESTAMPTZ NOT NULL
            );
            """),
        (3, "0003_work_queue", """
            -- The workers' queue: one row per stored article not yet analysed, written with the article and deleted in
            -- the transaction that stores its analysis. A claim is a lease: claimed_until passes and any worker may
            -- take the article again, because a crashed worker never releases what it held. attempts counts the takes.
            CREATE TABLE work_queue (
                article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                published DATE,
                claimed_by TEXT,
                claimed_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity',
                attempts INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX work_queue_order ON work_queue(published, article_id);
            INSERT INTO work_queue(article_id, published)
            SELECT a.id, a.published FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyzed_articles x WHERE x.article_id = a.id);
            """),
        (4, "0004_claims_and_quarantine", """
            -- Issue 23, as on SQLite (migration 6 there): a catch-up run claims an article before analysing it, so two
            -- processes do not analyse it twice; storing its mentions deletes the claim, and a claim its writer never
            -- released goes stale and is taken over. A quarantined article failed or overran its budget: catch-up skips
            -- it until 'reprocess --quarantined' stores its mentions.
            CREATE TABLE analysis_claims (
                article_id TEXT COLLATE "C" PRIMARY KEY,
                owner TEXT NOT NULL,
                claimed_at TIMESTAMPTZ NOT NULL
            );
            CREATE TABLE quarantined_articles (
                article_id TEXT COLLATE "C" PRIMARY KEY,
                reason TEXT NOT NULL,
                quarantined_at TIMESTAMPTZ NOT NULL
            );
            """),
        (5, "0005_watched_feeds", """
            -- sitrep watch (issue 21), as on SQLite (migration 7 there): each feed's cache validators and schedule, and
            -- each item taken from a feed, so a restarted watch never fetches an item it has stored or given up on.
            CREATE TABLE watched_feeds (
                url TEXT COLLATE "C" PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                last_polled_at TIMESTAMPTZ NOT NULL,
                next_poll_at TIMESTAMPTZ NOT NULL,
                failures INTEGER NOT NULL,
                last_error TEXT
            );
            CREATE TABLE watched_items (
                key TEXT COLLATE "C" PRIMARY KEY,
                feed_url TEXT COLLATE "C" NOT NULL,
                article_id TEXT COLLATE "C",
                attempts INTEGER NOT NULL,
                last_error TEXT,
                seen_at TIMESTAMPTZ NOT NULL
            );
            """),
    ];

    /// <summary>The schema version this code expects.</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>
    /// Brings the database up to <see cref="LatestVersion"/> and returns it. Refuses a database written by a newer
    /// Sitrep rather than guess at a schema it does not know.
    /// </summary>
    public static async Task<int> ApplyAsync(NpgsqlDataSource dataSource, string location, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var (version, name, sql) in All)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // One process migrates at a time: two workers starting on a fresh database must not both apply a migration.
            await PostgresSql.ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.Migrations})", cancellationToken);
            await PostgresSql.ExecuteAsync(connection, transaction, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TIMESTAMPTZ NOT NULL
                );
                """, cancellationToken);
            var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
            if (current > LatestVersion)
            {
                throw new StoreVersionException(location, current, LatestVersion);
            }

            if (current < version)
            {
                await PostgresSql.ExecuteAsync(connection, transaction, sql, cancellationToken);
                await using var record = new NpgsqlCommand("INSERT INTO schema_migrations(version, name, applied_at) VALUES ($1, $2, $3)", connection, transaction);
                record.Parameters.Add(new() { Value = version });
                record.Parameters.Add(new() { Value = name });
                record.Parameters.Add(new() { Value = timeProvider.GetUtcNow().UtcDateTime });
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var final = await CurrentVersionAsync(connection, null, cancellationToken);
        return final > LatestVersion ? throw new StoreVersionException(location, final, LatestVersion) : final;
    }

    private static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", connection, transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}