namespace Sitrep.Pipeline;

/// <summary>The analysis pipeline Sitrep runs by default, with its bundled resources loaded once.</summary>
public static class StandardPipeline
{
    /// <summary>Every stage that exists, in the flow's order.</summary>
    public static AnalysisPipeline Create() => new AnalysisPipelineBuilder().Build();
}
