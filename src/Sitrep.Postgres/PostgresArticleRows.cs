using Npgsql;

using Sitrep.Ingest;
using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>Maps rows of the <c>articles</c> table to <see cref="StoredArticle"/>s.</summary>
internal static class PostgresArticleRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order (table alias <c>a</c>).</summary>
    public const string SelectColumns =
        "a.id, a.outlet, a.url, a.title, a.published, a.language, a.body, a.origin_path, a.origin_url, a.origin_feed, " +
        "a.origin_line, a.ingested_at, a.syndicated_from, a.similarity";

    /// <summary>Canonical order: publication date (unknown last), then id.</summary>
    public const string CanonicalOrder = "a.published NULLS LAST, a.id";

    /// <summary>Reads the current row (selected with <see cref="SelectColumns"/>).</summary>
    public static StoredArticle Read(NpgsqlDataReader reader)
    {
        var origin = new ArticleOrigin(
            StringOrNull(reader, 7), StringOrNull(reader, 8), StringOrNull(reader, 9), reader.IsDBNull(10) ? null : reader.GetInt32(10));
        var article = new Article(reader.GetString(0), reader.GetString(6), origin)
        {
            Outlet = StringOrNull(reader, 1),
            Url = StringOrNull(reader, 2),
            Title = StringOrNull(reader, 3),
            Published = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
            Language = reader.GetString(5),
        };
        var ingestedAt = new DateTimeOffset(reader.GetFieldValue<DateTime>(11), TimeSpan.Zero);
        return new StoredArticle(article, ingestedAt, StringOrNull(reader, 12), reader.IsDBNull(13) ? null : reader.GetDouble(13));
    }

    private static string? StringOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}