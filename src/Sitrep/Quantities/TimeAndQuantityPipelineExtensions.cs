using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Pipeline;

/// <summary>Adds the time and quantity stages to a pipeline (Markdig's extension style).</summary>
public static class TimeAndQuantityPipelineExtensions
{
    /// <summary>Appends the "times" stage and then the "quantities" stage, which reads the time layer.</summary>
    public static AnalysisPipelineBuilder AddTimeAndQuantities(this AnalysisPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new TimeExpressionStage()).Add(new QuantityStage());
    }
}