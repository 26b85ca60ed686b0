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
    /// Runs every stage under <paramref name="cancellationToken"/>: a budget or a caller that went away stops the
    /// analysis inside the long loops of the stages that check it (places, times, entities, actors) and at the next
    /// stage boundary otherwise.
    /// </summary>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        foreach (var stage in Stages)
        {
            stage.Process(document, cancellationToken);
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