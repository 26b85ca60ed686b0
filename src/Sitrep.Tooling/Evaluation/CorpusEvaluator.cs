using Sitrep.Clustering;
using Sitrep.Ingest;
using Sitrep.Pipeline;

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
    private readonly ClusteringOptions? clustering;

    /// <summary>Creates an evaluator over <paramref name="pipeline"/>, clustering with <paramref name="clustering"/> (the defaults when null).</summary>
    public CorpusEvaluator(AnalysisPipeline pipeline, InputReader reader, TimeProvider timeProvider, ClusteringOptions? clustering = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.pipeline = pipeline;
        this.reader = reader;
        this.timeProvider = timeProvider;
        this.clustering = clustering;
    }

    /// <summary>Scores the pipeline on <paramref name="corpusDirectory"/> (the layout of EVALUATION.md).</summary>
    public async Task<CorpusEvaluation> EvaluateAsync(string corpusDirectory, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var corpus = await AnalysedCorpus.LoadAsync(corpusDirectory, pipeline, reader, timeProvider, diagnostics, cancellationToken).ConfigureAwait(false);
        return corpus is null
            ? new CorpusEvaluation(null, diagnostics)
            : new CorpusEvaluation(corpus.Score(corpus.Gold, corpus.Documents, clustering), diagnostics);
    }
}