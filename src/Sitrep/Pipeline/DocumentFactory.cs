using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Pipeline;

/// <summary>Turns an ingested article into the document the analysis stages annotate.</summary>
public static class DocumentFactory
{
    /// <summary>
    /// The most body text one article's analysis reads (300 000 characters, some 50 000 words; the longest VOA report
    /// is under 20 000). Analysis is linear in the text, so this bounds each article's time and memory.
    /// </summary>
    public const int MaxAnalysedChars = 300_000;

    /// <summary>
    /// A document over the article's body, with its id, publication date and headline. A body longer than
    /// <paramref name="maxAnalysedChars"/> is cut at the last white space before it, and an <see cref="AnalysisCutLayer"/> says so.
    /// </summary>
    public static Document FromArticle(Article article, int maxAnalysedChars = MaxAnalysedChars)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAnalysedChars, 1);
        var body = article.Body;
        if (body.Length <= maxAnalysedChars)
        {
            return new Document(article.Id, body, article.Published, article.Title);
        }

        var cut = body.AsSpan(0, maxAnalysedChars).LastIndexOfAny(" \t\r\n");
        cut = cut > maxAnalysedChars / 2 ? cut : maxAnalysedChars;
        if (char.IsHighSurrogate(body[cut - 1]))
        {
            cut--;
        }

        var document = new Document(article.Id, body[..cut], article.Published, article.Title);
        document.Add(new AnalysisCutLayer(cut, body.Length));
        return document;
    }
}