using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Server;

/// <summary>
/// Re-analyses a stored article for its annotation layers (the store keeps articles and mentions, not layers). The
/// pipeline is built once at start-up and shared: it is immutable and thread-safe, as the analysis runner relies on.
/// </summary>
internal sealed class ArticleAnalyzer(AnalysisPipeline pipeline)
{
    public Document Analyze(Article article)
    {
        var document = DocumentFactory.FromArticle(article);
        pipeline.Process(document);
        return document;
    }
}