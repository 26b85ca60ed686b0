using Sitrep.Events;

namespace Sitrep.Pipeline;

/// <summary>Adds the event-mention stage to a pipeline (Markdig-style extension).</summary>
public static class EventPipelineExtensions
{
    /// <summary>Appends the "events" stage with the compiled-in trigger lexicon; it runs last, after every other layer.</summary>
    public static AnalysisPipelineBuilder AddEvents(this AnalysisPipelineBuilder builder, EventModels? models = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new EventMentionStage(TriggerLexicon.LoadDefault(), builder.Tables.Words, models));
    }
}