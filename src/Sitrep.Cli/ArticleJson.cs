using System.Globalization;
using System.Text.Json;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>The JSON form of a stored article, shared by <c>articles</c> and <c>article</c>.</summary>
internal static class ArticleJson
{
    public static void Write(Utf8JsonWriter writer, StoredArticle stored, bool includeBody)
    {
        var article = stored.Article;
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("title", article.Title);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("url", article.Url);
        SitrepJson.WriteDate(writer, "published", article.Published);
        writer.WriteString("language", article.Language);
        writer.WriteString("body_hash", article.BodyHash);
        writer.WriteString("ingested_at", stored.IngestedAt.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("syndicated_from", stored.SyndicatedFrom);
        if (stored.Similarity is double similarity)
        {
            writer.WriteNumber("similarity", Math.Round(similarity, 3));
        }
        else
        {
            writer.WriteNull("similarity");
        }

        writer.WriteStartObject("origin");
        writer.WriteString("path", article.Origin.Path);
        writer.WriteString("url", article.Origin.Url);
        writer.WriteString("feed", article.Origin.Feed);
        if (article.Origin.Line is int line)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }

        writer.WriteEndObject();
        if (includeBody)
        {
            writer.WriteString("body", article.Body);
        }
        else
        {
            writer.WriteNumber("body_chars", article.Body.Length);
        }

        writer.WriteEndObject();
    }
}