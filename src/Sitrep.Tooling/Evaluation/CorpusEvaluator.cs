using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Evaluation;

/// <summary>
/// Runs the whole pipeline on a gold corpus the way a user would (ingest into a fresh store, then analyse what was
/// stored), clusters the mentions of all articles into fused events, and scores those against the gold events.
/// </summary>
public sealed class CorpusEvaluator
{
    private readonly AnalysisPipeline pipeline;
    private readonly InputReader reader;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates an evaluator over <paramref name="pipeline"/>.</summary>
    public CorpusEvaluator(AnalysisPipeline pipeline, InputReader reader, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.pipeline = pipeline;
        this.reader = reader;
        this.timeProvider = timeProvider;
    }

    /// <summary>Scores the pipeline on <paramref name="corpusDirectory"/> (the layout of EVALUATION.md).</summary>
    public async Task<CorpusEvaluation> EvaluateAsync(string corpusDirectory, CancellationToken cancellationToken)
    {
        var gold = GoldCorpusLoader.Load(corpusDirectory, out var goldDiagnostics);
        var diagnostics = new List<Diagnostic>(goldDiagnostics);
        if (gold is null)
        {
            return new CorpusEvaluation(null, diagnostics);
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
            var evaluationArticles = documents.ToDictionary(d => d.Id, ToEvaluationArticle, StringComparer.Ordinal);

            // Predicted events are the fused clusters of every mention of the corpus, as the event store would hold
            // them; the stored articles carry the syndication links that make copies count as one source.
            var byId = storedArticles.ToDictionary(s => s.Article.Id, StringComparer.Ordinal);
            var mentions = documents
                .Where(d => byId.ContainsKey(d.Id))
                .SelectMany(d => MentionRecordFactory.FromDocument(d, byId[d.Id].Article, byId[d.Id].SyndicatedFrom))
                .ToList();
            var plan = new EventClusterer().Recluster(mentions);
            var predicted = EventPredictionMapper.FromClusters(documents, plan);
            var report = EvaluationScorer.Score(gold, evaluationArticles, predicted);
            return new CorpusEvaluation(report, diagnostics);
        }
        finally
        {
            TryDelete(storeFolder);
        }
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