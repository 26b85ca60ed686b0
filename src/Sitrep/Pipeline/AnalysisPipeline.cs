using System.Collections.Immutable;
using System.Diagnostics;
using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>The analysis stages in their fixed order, built by <see cref="AnalysisPipelineBuilder"/>.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IAnalysisStage> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public ImmutableArray<IAnalysisStage> Stages { get; }

    /// <summary>Runs every stage on <paramref name="document"/>.</summary>
    public void Process(Document document)
    {
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }
    }

    /// <summary>
    /// Runs every stage, checking <paramref name="cancellationToken"/> before each: a budget or a caller that went
    /// away stops the analysis at the next stage boundary (stages are synchronous CPU work and bounded by the caps on
    /// body and sentence length).
    /// </summary>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document);
        }
    }

    /// <summary>Runs every stage and adds each stage's elapsed time to <paramref name="timings"/> (index = stage position).</summary>
    public void Process(Document document, StageTimings timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        for (var i = 0; i < Stages.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            Stages[i].Process(document);
            timings.Add(i, Stopwatch.GetElapsedTime(started));
        }
    }
}