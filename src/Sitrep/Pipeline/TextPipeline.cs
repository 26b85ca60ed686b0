using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Pipeline;

/// <summary>Adds the text core to an <see cref="AnalysisPipelineBuilder"/>: tokens → sentences → lead → entities.</summary>
public static class TextPipeline
{
    /// <summary>
    /// Appends <see cref="TokenizerStage"/>, <see cref="SentenceSplitterStage"/>, <see cref="LeadStage"/> and, when <paramref name="model"/> is
    /// not null, <see cref="EntityStage"/> (load the model with <see cref="NerModel.LoadDefault(INerGazetteer?, NerWordClusters?)"/>).
    /// </summary>
    public static AnalysisPipelineBuilder AddTextCore(this AnalysisPipelineBuilder builder, NerModel? model)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(new TokenizerStage()).Add(new SentenceSplitterStage()).Add(new LeadStage());
        if (model is not null)
        {
            builder.Add(new EntityStage(model));
        }

        return builder;
    }
}