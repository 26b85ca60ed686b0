using System.Data.Common;

namespace Sitrep.Storage;

/// <summary>
/// The rows of <c>watched_feeds</c> and <c>watched_items</c> as both stores (SQLite and PostgreSQL) read and write
/// them: one column order and one mapping to <see cref="FeedState"/> and <see cref="FeedItemState"/>. Only how a
/// time is stored differs (ISO 8601 text in SQLite, <c>timestamptz</c> in PostgreSQL), so each store passes its own.
/// </summary>
internal static class FeedStateRows
{
    /// <summary>The columns of a feed row, in the order <see cref="ReadFeed"/> reads and <see cref="FeedValues"/> lists them.</summary>
    public const string FeedColumns = "url, etag, last_modified, last_polled_at, next_poll_at, failures, last_error";

    /// <summary>The columns of an item row, in the order <see cref="ReadItem"/> reads and <see cref="ItemValues"/> lists them.</summary>
    public const string ItemColumns = "key, feed_url, article_id, attempts, last_error, seen_at";

    /// <summary>The feed at the reader's current row, selected as <see cref="FeedColumns"/>.</summary>
    public static FeedState ReadFeed(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> readTime)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(readTime);
        return new FeedState(
            reader.GetString(0), Text(reader, 1), Text(reader, 2), readTime(reader, 3), readTime(reader, 4), reader.GetInt32(5), Text(reader, 6));
    }

    /// <summary>The item at the reader's current row, selected as <see cref="ItemColumns"/>.</summary>
    public static FeedItemState ReadItem(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> readTime)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(readTime);
        return new FeedItemState(reader.GetString(0), reader.GetString(1), Text(reader, 2), reader.GetInt32(3), Text(reader, 4), readTime(reader, 5));
    }

    /// <summary>The values of <paramref name="state"/>'s row in <see cref="FeedColumns"/> order; null where a column is empty.</summary>
    public static object?[] FeedValues(FeedState state, Func<DateTimeOffset, object> writeTime)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(writeTime);
        return [state.Url, state.ETag, state.LastModified, writeTime(state.LastPolledAt), writeTime(state.NextPollAt), state.Failures, state.LastError];
    }

    /// <summary>The values of <paramref name="item"/>'s row in <see cref="ItemColumns"/> order; null where a column is empty.</summary>
    public static object?[] ItemValues(FeedItemState item, Func<DateTimeOffset, object> writeTime)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(writeTime);
        return [item.Key, item.FeedUrl, item.ArticleId, item.Attempts, item.LastError, writeTime(item.SeenAt)];
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}