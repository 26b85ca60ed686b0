using System.Globalization;

using Microsoft.Data.Sqlite;

using Sitrep.Ingest;

namespace Sitrep.Storage;

/// <summary>Maps between <see cref="Article"/>s and rows of the <c>articles</c> table.</summary>
internal static class SqliteArticleRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order (table alias <c>a</c>).</summary>
    public const string SelectColumns =
        "a.id, a.outlet, a.url, a.title, a.published, a.language, a.body, a.origin_path, a.origin_url, a.origin_feed, " +
        "a.origin_line, a.ingested_at, a.syndicated_from, a.similarity";

    /// <summary>The date format of the <c>published</c> column: sortable as text.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Reads the current row (selected with <see cref="SelectColumns"/>).</summary>
    public static StoredArticle Read(SqliteDataReader reader)
    {
        var origin = new ArticleOrigin(
            StringOrNull(reader, 7), StringOrNull(reader, 8), StringOrNull(reader, 9), reader.IsDBNull(10) ? null : reader.GetInt32(10));
        var article = new Article(reader.GetString(0), reader.GetString(6), origin)
        {
            Outlet = StringOrNull(reader, 1),
            Url = StringOrNull(reader, 2),
            Title = StringOrNull(reader, 3),
            Published = reader.IsDBNull(4) ? null : DateOnly.ParseExact(reader.GetString(4), DateFormat, CultureInfo.InvariantCulture),
            Language = reader.GetString(5),
        };
        var ingestedAt = DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new StoredArticle(article, ingestedAt, StringOrNull(reader, 12), reader.IsDBNull(13) ? null : reader.GetDouble(13));
    }

    /// <summary>A value for a nullable column parameter.</summary>
    public static object Nullable(object? value) => value ?? DBNull.Value;

    private static string? StringOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}