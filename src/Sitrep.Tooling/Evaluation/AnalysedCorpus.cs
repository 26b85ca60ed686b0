using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Evaluation;

/// <summary>
/// A gold corpus read the way a user's articles are: ingested into a fresh store (so syndication links and publication
/// dates are the store's), then analysed; and the scoring of any event layers put on those documents.
/// </summary>
/// <param name="Gold">The gold corpus.</param>
/// <param name="Documents">The analysed articles, ordered by id.</param>
/// <param name="Stored">The stored articles by id.</param>
public sealed record AnalysedCorpus(GoldCorpus Gold, IReadOnlyList<Document> Documents, IReadOnlyDictionary<string, StoredArticle> Stored)
{
    /// <summary>Ingests and analyses <paramref name="corpusDirectory"/>; null (with the errors in <paramref name="diagnostics"/>) when its gold cannot be read.</summary>
    public static async Task<AnalysedCorpus?> LoadAsync(
        string corpusDirectory, AnalysisPipeline pipeline, InputReader reader, TimeProvider timeProvider, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var gold = GoldCorpusLoader.Load(corpusDirectory, out var goldDiagnostics);
        diagnostics.AddRange(goldDiagnostics);
        if (gold is null)
        {
            return null;
        }

        var storeFolder = Path.Combine(Path.GetTempPath(), "sitrep-eval-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(storeFolder);
        try
        {
            IReadOnlyList<StoredArticle> storedArticles;
            await using (var store = await SqliteArticleStore.OpenAsync(Path.Combine(storeFolder, "eval.db"), timeProvider, cancellationToken).ConfigureAwait(false))
            {
                var summary = await new IngestRunner(reader, store).RunAsync([Path.Combine(corpusDirectory, "articles")], null, cancellationToken).ConfigureAwait(false);
                diagnostics.AddRange(summary.Failures);
                diagnostics.AddRange(summary.Warnings);
                var stored = await store.QueryArticlesAsync(new ArticleQuery(Limit: int.MaxValue), cancellationToken).ConfigureAwait(false);
                storedArticles = [.. stored.OrderBy(a => a.Article.Id, StringComparer.Ordinal)];
            }

            var documents = AnalysisRunner.Analyze(pipeline, [.. storedArticles.Select(s => s.Article)], Environment.ProcessorCount, null, cancellationToken);
            return new AnalysedCorpus(gold, documents, storedArticles.ToDictionary(s => s.Article.Id, StringComparer.Ordinal));
        }
        finally
        {
            TryDelete(storeFolder);
        }
    }

    /// <summary>
    /// One corpus of every article and gold event of <paramref name="corpora"/> (<see cref="GoldCorpusSubsets.Union"/>);
    /// null, with the error in <paramref name="diagnostics"/>, when two of them hold an article of the same id.
    /// </summary>
    public static AnalysedCorpus? Pool(IReadOnlyList<AnalysedCorpus> corpora, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var gold = GoldCorpusSubsets.Union([.. corpora.Select(c => c.Gold)], diagnostics);
        return gold is null
            ? null
            : new AnalysedCorpus(
                gold,
                [.. corpora.SelectMany(c => c.Documents)],
                corpora.SelectMany(c => c.Stored).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// Scores <paramref name="documents"/> (copies of this corpus's documents carrying event layers, any subset) against
    /// <paramref name="gold"/>: the mentions of all of them are clustered into fused events, as the event store would
    /// hold them, and scored.
    /// </summary>
    public EvaluationReport Score(GoldCorpus gold, IReadOnlyList<Document> documents, ClusteringOptions? clustering = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(documents);
        var articles = documents.ToDictionary(d => d.Id, ToEvaluationArticle, StringComparer.Ordinal);
        var mentions = documents
            .Where(d => Stored.ContainsKey(d.Id))
            .SelectMany(d => MentionRecordFactory.FromDocument(d, Stored[d.Id].Article, Stored[d.Id].SyndicatedFrom))
            .ToList();
        var plan = new EventClusterer(clustering).Recluster(mentions);
        return EvaluationScorer.Score(gold, articles, EventPredictionMapper.FromClusters(documents, plan));
    }

    private static EvaluationArticle ToEvaluationArticle(Document document)
    {
        var sentences = document.TryGet<SentenceLayer>() is { } layer
            ? layer.Sentences.Select(s => s.Span).ToList()
            : [new TextSpan(0, document.Text.Length)];
        return new EvaluationArticle(document.Id, document.Text, sentences);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the scores are what matter.
        }
    }
}