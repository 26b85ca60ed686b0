using Sitrep.Pipeline;

namespace Sitrep.Encoder;

/// <summary>Composes the encoder into a pipeline built elsewhere (the standard one), so that the order of the other stages stays written in one place.</summary>
public static class EncodedPipeline
{
    /// <summary>
    /// <paramref name="pipeline"/>'s stages followed by <paramref name="encoder"/>. The encoder comes last because its
    /// selection policy (<see cref="SentenceSelection.EventEvidence"/>) reads the event layer; a later stage that reads
    /// vectors is added after it.
    /// </summary>
    public static AnalysisPipeline WithEncoder(AnalysisPipeline pipeline, EncoderStage encoder)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(encoder);
        var builder = new AnalysisPipelineBuilder();
        foreach (var stage in pipeline.Stages)
        {
            builder.Add(stage);
        }

        return builder.Add(encoder).Build();
    }
}