using System.Text.RegularExpressions;

using Npgsql;

using NpgsqlTypes;

using Sitrep.Clustering;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.PostgresBench;

/// <summary>
/// Bulk-loads <see cref="SyntheticEvents"/> into a migrated Sitrep database with binary COPY, in transactions of
/// <see cref="ChunkSize"/> events: one synthetic article (marked analysed, so no worker takes it), its mention, its
/// event and the event's blocking keys each.
/// </summary>
internal static class SyntheticEventLoader
{
    private const int ChunkSize = 20_000;

    public static async Task LoadAsync(NpgsqlDataSource dataSource, int count, int seed, Action<int> progress)
    {
        var generator = new SyntheticEvents(seed);
        var at = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var start = 0; start < count; start += ChunkSize)
        {
            var chunk = Enumerable.Range(start, Math.Min(ChunkSize, count - start)).Select(generator.Next).ToList();
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await CopyAsync(connection, "COPY articles (id, language, body, body_hash, ingested_at, published, search) FROM STDIN (FORMAT BINARY)", chunk, async (w, e) =>
            {
                await w.WriteAsync(e.Mention.ArticleId);
                await w.WriteAsync("en");
                await w.WriteAsync(e.Mention.Evidence);
                await w.WriteAsync(e.Mention.ArticleId);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(e.Mention.Published!.Value, NpgsqlDbType.Date);
                await w.WriteAsync(Fold(e.Mention.Evidence), NpgsqlDbType.TsVector);
            });
            await CopyAsync(connection, "COPY analyzed_articles (article_id, analyzed_at) FROM STDIN (FORMAT BINARY)", chunk, async (w, e) =>
            {
                await w.WriteAsync(e.Mention.ArticleId);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz);
            });
            await CopyAsync(connection, "COPY mentions (id, article_id, ordinal, event_id, record) FROM STDIN (FORMAT BINARY)", chunk, async (w, e) =>
            {
                await w.WriteAsync(e.Mention.Id);
                await w.WriteAsync(e.Mention.ArticleId);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
                await w.WriteAsync(e.Event.Id);
                await w.WriteAsync(EventStoreJson.Write(e.Mention));
            });
            await CopyAsync(
                connection,
                """
                COPY events (id, kind, type, mode, date_from, date_to, country, admin1, latitude, longitude, fatalities,
                             independent_sources, fused, updated_at, actors_search, evidence_search) FROM STDIN (FORMAT BINARY)
                """,
                chunk,
                async (w, e) => await WriteEventAsync(w, e.Event, e.Mention, at));
            await using (var writer = await connection.BeginBinaryImportAsync("COPY event_blocks (key, event_id) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (_, fused, keys) in chunk)
                {
                    foreach (var key in keys)
                    {
                        await writer.StartRowAsync();
                        await writer.WriteAsync(key);
                        await writer.WriteAsync(fused.Id);
                    }
                }

                await writer.CompleteAsync();
            }

            await transaction.CommitAsync();
            progress(start + chunk.Count);
        }

        await using var analyze = dataSource.CreateCommand("ANALYZE");
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task WriteEventAsync(NpgsqlBinaryImporter w, FusedEvent e, MentionRecord mention, DateTime at)
    {
        await w.WriteAsync(e.Id);
        await w.WriteAsync(PloverTypeNames.NameOf(e.Kind));
        await w.WriteAsync(PloverTypeNames.NameOf(e.Type.Value));
        await WriteNullableAsync(w, e.Mode.Value, NpgsqlDbType.Text);
        await w.WriteAsync(e.Date.Value!.Value.From, NpgsqlDbType.Date);
        await w.WriteAsync(e.Date.Value!.Value.To, NpgsqlDbType.Date);
        await w.WriteAsync(e.Place.Value!.Country!);
        await WriteNullableAsync(w, e.Place.Value.Admin1, NpgsqlDbType.Text);
        await w.WriteAsync(e.Place.Value.Latitude, NpgsqlDbType.Double);
        await w.WriteAsync(e.Place.Value.Longitude, NpgsqlDbType.Double);
        await WriteNullableAsync(w, e.Fatalities.Fused.Value?.Min, NpgsqlDbType.Bigint);
        await w.WriteAsync(e.IndependentSources, NpgsqlDbType.Integer);
        await w.WriteAsync(EventStoreJson.Write(e));
        await w.WriteAsync(at, NpgsqlDbType.TimestampTz);
        var actors = string.Join(' ', e.Actors.Concat(e.Recipients).Select(a => a.Actor.Name));
        await w.WriteAsync(Fold(actors), NpgsqlDbType.TsVector);
        await w.WriteAsync(Fold(mention.Evidence), NpgsqlDbType.TsVector);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await w.WriteNullAsync();
        }
        else
        {
            await w.WriteAsync(value, type);
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, List<T> rows, Func<NpgsqlBinaryImporter, T, Task> write)
    {
        await using var writer = await connection.BeginBinaryImportAsync(copy);
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            await write(writer, row);
        }

        await writer.CompleteAsync();
    }

    // The tsvector of a text: its lower-case words of letters and digits (what SearchText indexes, less unaccent).
    // Parsed client-side, which Npgsql warns cannot match to_tsvector in general; here the literal is only words of
    // letters and digits separated by spaces, which parses exactly, and COPY cannot call to_tsvector.
#pragma warning disable CS0618
    private static NpgsqlTsVector Fold(string text) =>
        NpgsqlTsVector.Parse(string.Join(' ', Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{Nd}]+").Where(w => w.Length > 0).Distinct()));
#pragma warning restore CS0618
}