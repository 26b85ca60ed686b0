using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text.Ner;

namespace Sitrep.Pipeline;

/// <summary>
/// Composes the analysis pipeline: the order of stages is written here and nowhere else
/// (Markdig's <c>MarkdownPipelineBuilder</c> in spirit).
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IAnalysisStage> stages = [];
    private TextTables? tables;

    /// <summary>
    /// The word tables the stages of this pipeline share: read once, on first use, and passed to each stage's
    /// constructor by the <c>Add…</c> extensions.
    /// </summary>
    internal TextTables Tables => tables ??= TextTables.Load();

    /// <summary>Appends <paramref name="stage"/>; stage names must be unique.</summary>
    public AnalysisPipelineBuilder Add(IAnalysisStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (stages.Exists(s => s.Name == stage.Name))
        {
            throw new InvalidOperationException($"The pipeline already has a stage named '{stage.Name}'.");
        }

        stages.Add(stage);
        return this;
    }

    /// <summary>The pipeline with the stages added so far.</summary>
    public AnalysisPipeline Build() => new([.. stages]);
}