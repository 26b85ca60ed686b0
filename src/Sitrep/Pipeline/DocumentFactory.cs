using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Pipeline;

/// <summary>Turns an ingested article into the document the analysis stages annotate.</summary>
public static class DocumentFactory
{
    /// <summary>A document over the article's body, with its id, publication date and headline.</summary>
    public static Document FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new Document(article.Id, article.Body, article.Published, article.Title);
    }
}