using Sitrep.Actors;

namespace Sitrep.Pipeline;

/// <summary>Adds the actor stage to a pipeline.</summary>
public static class ActorPipelineExtensions
{
    /// <summary>
    /// Adds the "actors" stage. Add it after the text core: it reads the token and entity layers (without entities it
    /// finds only agent phrases; without tokens it adds an empty layer).
    /// </summary>
    public static AnalysisPipelineBuilder AddActors(this AnalysisPipelineBuilder builder, ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new ActorStage(new ActorResolver(dictionary, builder.Tables.Words)));
    }
}